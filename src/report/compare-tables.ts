// `framelens compare` in the terminal: tables that fit the terminal width.
import { termCounts, type Comparison, type ComparisonRow } from '../aggregate/index.js';
import type { LexiconSet } from '../types.js';
import { actorName, actorsToShow, articlesOf, outletFigures, rowsByActor, SIDE_MEANS, sideName, UNKNOWN_OUTLET, type CorpusView } from './corpus-view.js';
import { renderTable } from './terminal-table.js';
import { jointNote, plural, VOICE_SPLIT, wrapText } from './text.js';

interface Opts {
  width: number;
  colour: boolean;
}

/** Rows per outlet in the speaker tables before the rest are summed up in one row. */
const PER_OUTLET = 8;

const counted = (items: { text: string; count: number }[], max = 6) => {
  const shown = items.slice(0, max).map((i) => (i.count > 1 ? `${i.text} (${i.count})` : i.text));
  return items.length > max ? `${shown.join('; ')}; +${items.length - max} more` : shown.join('; ');
};

function heading(text: string, o: Opts): string {
  return `\n${o.colour ? `\u001b[1m${text}\u001b[22m` : text}`;
}

export function namingTable(view: CorpusView, c: Comparison, o: Opts): string {
  const byActor = rowsByActor(c);
  const cellText = (row: ComparisonRow | undefined) => {
    if (!row || row.mentions === 0) return '—';
    const labels = counted(row.labels);
    return `${plural(row.mentions, 'mention')}${labels ? `; labels: ${labels}` : ''}`;
  };
  const actors = actorsToShow(c, 8);
  if (view.outlets.length <= 4) {
    return renderTable(['Actor', ...view.outlets], actors.map((id) => [actorName(c, id), ...view.outlets.map((out) => cellText(byActor.get(id)?.get(out)))]), o);
  }
  // Too many outlets for a column each: one row per actor, naming the outlets that mention it
  // (most mentions first), so the table grows with the actors shown, not with the outlets.
  const rows = actors.map((id) => {
    const naming = view.outlets
      .map((out) => ({ out, row: byActor.get(id)?.get(out) }))
      .filter((x) => x.row && x.row.mentions > 0)
      .sort((a, b) => b.row!.mentions - a.row!.mentions);
    const shown = naming.slice(0, PER_OUTLET).map((x) => `${x.out}: ${cellText(x.row)}`);
    const more = naming.length - shown.length;
    return [actorName(c, id), `${naming.length} of ${view.outlets.length}`, [...shown, ...(more > 0 ? [`+${plural(more, 'more outlet')}`] : [])].join(' · ')];
  });
  return renderTable(['Actor', 'Outlets', 'Mentions and labels, by outlet'], rows, { ...o, maxCell: [24, 8, 400] });
}

export function loadedByVoiceTable(view: CorpusView, c: Comparison, o: Opts): string {
  const rows: string[][] = [];
  for (const outlet of view.outlets) {
    for (const voice of ['narrator', 'reported', 'quote'] as const) {
      const terms = c.rows
        .filter((r) => r.outlet === outlet)
        .map((r) => {
          const hits = termCounts(r, [voice], false);
          return hits.length ? `${r.actor === '-' ? 'no actor' : r.actorName}: ${counted(hits, 4)}` : '';
        })
        .filter(Boolean);
      if (terms.length) rows.push([outlet, VOICE_SPLIT[voice], terms.join(' · ')]);
    }
  }
  return rows.length ? renderTable(['Outlet', 'Voice', 'Loaded terms, by the actor they describe'], rows, { ...o, maxCell: [28, 29, 400] }) : 'No loaded terms found.';
}

export function quotedTable(view: CorpusView, c: Comparison, lex: LexiconSet, o: Opts): string {
  const connotation = new Map(lex.attribution.map((v) => [v.lemma, v.connotation]));
  const verbText = (v: string, n: number) => {
    const tone = connotation.get(v);
    return `${v}${tone && tone !== 'neutral' ? ` [${tone}]` : ''}${n > 1 ? ` (${n})` : ''}`;
  };
  const rows = view.outlets.flatMap((outlet) => {
    const speakers = outletFigures(c, outlet)?.speakers ?? [];
    const side = (id: string) => sideName(id, (a) => actorName(c, a));
    const shown = speakers.slice(0, PER_OUTLET).map((s) => [outlet, s.speaker, side(s.side), String(s.quotes), s.verbs.map((v) => verbText(v.verb, v.count)).join(', ')]);
    const rest = speakers.slice(PER_OUTLET);
    return rest.length ? [...shown, [outlet, `+${plural(rest.length, 'more speaker')}`, '', String(rest.reduce((a, s) => a + s.quotes, 0)), '']] : shown;
  });
  if (!rows.length) return 'No quotes found.';
  const table = renderTable(['Outlet', 'Speaker', 'Side', 'Quotes', 'Verbs [connotation]'], rows, { ...o, maxCell: [28, 40, 24, 6, 60] });
  const joint = view.outlets.reduce((n, outlet) => n + (outletFigures(c, outlet)?.jointQuotes ?? 0), 0);
  return joint ? `${table}\n${jointNote(joint)}` : table;
}

/** Anonymous sourcing per outlet, direct, partial and reported, with its sentences (from the aggregate). */
export function anonymousTable(view: CorpusView, c: Comparison, o: Opts): string {
  const rows = view.outlets.flatMap((outlet) => {
    const f = outletFigures(c, outlet);
    if (!f || (!f.anonymousQuotes && !f.anonymousReported)) return [];
    const sources = f.anonymousSources.map((s) => `${s.source}${s.count > 1 ? ` (${s.count})` : ''}`).join('; ');
    const shown = f.anonymousEvidence.slice(0, PER_OUTLET).map((e, i) => [i ? '' : outlet, i ? '' : String(f.anonymousQuotes), i ? '' : String(f.anonymousReported), i ? '' : sources, e.text]);
    const more = f.anonymousQuotes + f.anonymousReported - shown.length;
    return more > 0 ? [...shown, ['', '', '', '', `+${plural(more, 'more')}`]] : shown;
  });
  return rows.length
    ? renderTable(['Outlet', 'Quotes', 'Reported', 'Anonymous sources', 'Sentence'], rows, { ...o, maxCell: [28, 6, 8, 40, 120] })
    : 'No anonymous sources, quoted or reported.';
}

export function distinctiveTable(c: Comparison, o: Opts): string {
  const rows = c.distinctiveWords.filter((d) => d.words.length).map((d) => [d.outlet, d.words.map((w) => `${w.word} (${w.count}; z=${w.z.toFixed(1)})`).join(', ')]);
  return rows.length ? renderTable(['Outlet', 'Words used more than by the others (count; z-score)'], rows, { ...o, maxCell: [24, 600] }) : 'Needs at least two outlets.';
}

export function renderCompareTables(view: CorpusView, c: Comparison, lex: LexiconSet, o: Opts): string {
  const outlets = view.outlets.map((out) => `${out} (${plural(articlesOf(view, out), 'article')})`);
  const unknown = view.outlets.includes(UNKNOWN_OUTLET) ? ' Use --outlet or a manifest.json to name unknown outlets.' : '';
  return [
    wrapText(`${plural(view.articleCount, 'article')} from ${plural(view.outlets.length, 'outlet')}: ${outlets.join(', ')}.${unknown}`, o.width),
    heading('How each outlet names the main actors', o),
    namingTable(view, c, o),
    heading('Loaded terms by voice', o),
    loadedByVoiceTable(view, c, o),
    heading(`Who is quoted, with which verbs (side: ${SIDE_MEANS})`, o),
    quotedTable(view, c, lex, o),
    heading('Anonymous sources', o),
    anonymousTable(view, c, o),
    heading('Words that set each outlet apart (weighted log-odds, Monroe et al. 2008)', o),
    distinctiveTable(c, o),
    '',
  ].join('\n');
}
