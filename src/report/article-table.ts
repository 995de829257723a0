// The default terminal view of `analyze`: per article, its quotes with speakers, the actors with
// the labels used for them, and the loaded terms with their voice, each table fitted to the width.
import type { ArticleResult, FramingHit } from '../types.js';
import { actorRows } from './article-views.js';
import { renderTable, terminalSafe, wrapCell } from './terminal-table.js';
import { plural } from './text.js';

interface Opts {
  width: number;
  colour: boolean;
}

const heading = (text: string, o: Opts) => (o.colour ? `\u001b[1m${text}\u001b[22m` : text);

function voiceOf(f: FramingHit): string {
  if (f.voice.kind === 'narrator') return "outlet's own words";
  const who = f.voice.speaker?.name ?? 'speaker unknown';
  return f.voice.kind === 'quote' ? `quoting ${who}` : `reported speech: ${who}`;
}

/** Loaded-term hits with the same words, category, actor and voice, counted once. */
function loadedRows(r: ArticleResult): string[][] {
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  const rows = new Map<string, { cells: string[]; n: number }>();
  for (const f of r.framing) {
    const about = f.actor ? (names.get(f.actor) ?? f.actor) : '—';
    const voice = voiceOf(f);
    const key = [f.text.toLowerCase(), f.category, about, voice].join('\u0000');
    const row = rows.get(key) ?? { cells: [f.text, f.category, about, voice], n: 0 };
    row.n++;
    rows.set(key, row);
  }
  return [...rows.values()].map(({ cells, n }) => [n > 1 ? `${cells[0]} (${n})` : cells[0], ...cells.slice(1)]);
}

export function renderArticleTable(r: ArticleResult, o: Opts): string {
  const bits = [r.outlet ?? 'outlet unknown', r.wire ? `wire: ${r.wire}` : ''];
  if (r.status === 'unreadable') bits.push('could not be read (see the message on stderr)');
  else bits.push(plural(r.quotes.length, 'quote'), plural(r.actors.length, 'actor'), plural(r.framing.length, 'loaded term'));
  const lines = [heading(wrapCell(terminalSafe(`${r.id} · ${bits.filter(Boolean).join(' · ')}`, true), o.width).join('\n'), o)];
  if (r.quotes.length) {
    const rows = r.quotes.map((q) => [
      q.speaker ? `${q.speaker.name}${q.speaker.anonymous ? ' (anonymous)' : ''}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : '—',
      q.cue?.text ?? '—',
      q.kind,
      q.text,
    ]);
    lines.push('Quotes', renderTable(['Speaker', 'Cue', 'Kind', 'Quote'], rows, { ...o, maxCell: [undefined, undefined, undefined, 300] }));
  }
  const actors = actorRows(r).sort((a, b) => b.mentions - a.mentions);
  if (actors.length) {
    const rows = actors.map((a) => [a.name, a.kind, String(a.mentions), String(a.quoted), a.labels.join('; ') || '—']);
    lines.push('Actors', renderTable(['Actor', 'Kind', 'Mentions', 'Quoted', 'Labels used'], rows, o));
  }
  const loaded = loadedRows(r);
  if (loaded.length) lines.push('Loaded terms', renderTable(['Term', 'Category', 'About', 'Voice'], loaded, o));
  return `${lines.join('\n')}\n\n`;
}
