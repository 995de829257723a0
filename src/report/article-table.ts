// The default terminal view of `analyze`: per article, its quotes with speakers, the actors with
// the labels used for them, and the loaded terms with their voice, each table fitted to the width.
import type { ActorEntry, ArticleResult, FramingHit } from '../types.js';
import { countedQuotes, countedReported, inArticleText, jointly, quoteWords, shownSpeaker } from '../aggregate/index.js';
import { actorRows } from './article-views.js';
import { SEGMENT_LABELS } from './html/article-marks.js';
import { renderTable, terminalSafe, wrapCell } from './terminal-table.js';
import { plural } from './text.js';

interface Opts {
  width: number;
  colour: boolean;
  /** The actor registry: names the states and bodies a quoted person belongs to. */
  registry?: readonly ActorEntry[];
}

const heading = (text: string, o: Opts) => (o.colour ? `\u001b[1m${text}\u001b[22m` : text);

function voiceOf(f: FramingHit): string {
  if (!inArticleText(f.segment)) return `page furniture (${SEGMENT_LABELS[f.segment] ?? f.segment}), not counted`;
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

/** The article's figures as compare, report and the HTML view count them (its own text only). */
function counts(r: ArticleResult, actors: number): string[] {
  const quotes = countedQuotes(r).length;
  const reported = countedReported(r).length;
  const otherQuoted = r.quotes.length - quotes - reported;
  const loaded = r.framing.filter((f) => inArticleText(f.segment)).length;
  const furniture = r.framing.length - loaded;
  return [
    plural(quotes, 'quote'),
    reported ? plural(reported, 'passage') + ' of reported speech' : '',
    otherQuoted ? `${plural(otherQuoted, 'other quoted phrase')} (scare quotes, titles, page furniture)` : '',
    plural(actors, 'actor'),
    `${plural(loaded, 'loaded term')}${furniture ? ` (and ${furniture} in page furniture, not counted)` : ''}`,
  ];
}

export function renderArticleTable(r: ArticleResult, o: Opts): string {
  // Profiled once (actorRows runs the aggregate over the article) for the heading and the table.
  const actors = actorRows(r, o.registry).sort((a, b) => b.mentions - a.mentions);
  const bits = [r.outlet ?? 'outlet unknown', r.wire ? `wire: ${r.wire}` : ''];
  if (r.status === 'unreadable') bits.push('could not be read (see the message on stderr)');
  else bits.push(...counts(r, actors.length));
  const lines = [heading(wrapCell(terminalSafe(`${r.id} · ${bits.filter(Boolean).join(' · ')}`, true), o.width).join('\n'), o)];
  if (r.quotes.length) {
    const rows = r.quotes.map((q) => [
      q.speaker ? `${shownSpeaker(q.speaker)}${q.speaker.anonymous ? ' (anonymous)' : ''}${q.speaker.role ? `, ${q.speaker.role}` : ''}${jointly(q)}` : '—',
      q.cue?.text ?? '—',
      q.kind,
      quoteWords(q),
    ]);
    lines.push('Quotes', renderTable(['Speaker', 'Cue', 'Kind', 'Quote'], rows, { ...o, maxCell: [undefined, undefined, undefined, 300] }));
  }
  if (actors.length) {
    const rows = actors.map((a) => [a.name, a.kind, String(a.mentions), String(a.quoted), a.labels.join('; ') || '—']);
    lines.push('Actors', renderTable(['Actor', 'Kind', 'Mentions', 'Quoted', 'Labels used'], rows, o));
  }
  const loaded = loadedRows(r);
  if (loaded.length) lines.push('Loaded terms', renderTable(['Term', 'Category', 'About', 'Voice'], loaded, o));
  return `${lines.join('\n')}\n\n`;
}
