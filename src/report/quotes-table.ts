// The default terminal view of `analyze`: per article, its quotes with speaker, cue and kind.
import type { ArticleResult } from '../types.js';
import { renderTable } from './terminal-table.js';
import { plural } from './text.js';

export function renderArticleQuotes(result: ArticleResult, opts: { width: number; colour: boolean }): string {
  const bits = [result.outlet ?? 'outlet unknown', result.wire ? `wire: ${result.wire}` : '', plural(result.quotes.length, 'quote')];
  const lines = [`${result.id} · ${bits.filter(Boolean).join(' · ')}`];
  for (const d of result.diagnostics) {
    const where = d.source ? `${d.source.path}${d.source.line ? `:${d.source.line}` : ''}: ` : '';
    lines.push(`  ${d.severity}: ${where}${d.message} [${d.code}]`);
  }
  if (result.quotes.length) {
    const rows = result.quotes.map((q) => [
      q.speaker ? `${q.speaker.name}${q.speaker.anonymous ? ' (anonymous)' : ''}` : '—',
      q.cue?.text ?? '—',
      q.kind,
      q.text,
    ]);
    lines.push(renderTable(['Speaker', 'Cue', 'Kind', 'Quote'], rows, { ...opts, maxCell: [40, 20, 9, 160] }));
  }
  return `${lines.join('\n')}\n`;
}
