// `framelens compare` in the terminal: four tables that fit the terminal width.
import type { Comparison } from '../aggregate/index.js';
import { actorsToShow, tallyList, UNKNOWN_OUTLET, type CorpusView, type Tally } from './corpus-view.js';
import { renderTable } from './terminal-table.js';
import { plural, wrapText } from './text.js';

interface Opts {
  width: number;
  colour: boolean;
}

const listTally = (t: Tally, max = 6) => {
  const items = tallyList(t);
  const shown = items.slice(0, max).map((i) => (i.n > 1 ? `${i.text} (${i.n})` : i.text));
  return items.length > max ? `${shown.join('; ')}; +${items.length - max} more` : shown.join('; ');
};

function heading(text: string, o: Opts): string {
  return `\n${o.colour ? `\u001b[1m${text}\u001b[22m` : text}`;
}

export function namingTable(view: CorpusView, o: Opts): string {
  const actors = actorsToShow(view, 8);
  const name = (id: string) => view.actorInfo.get(id)?.name ?? id;
  const cellText = (id: string, outlet: string) => {
    const c = view.cells.get(id)?.get(outlet);
    if (!c || c.mentions === 0) return '—';
    const labels = listTally(c.labels);
    return `${plural(c.mentions, 'mention')}${labels ? `; labels: ${labels}` : ''}`;
  };
  if (view.outlets.length <= 4) {
    return renderTable(['Actor', ...view.outlets], actors.map((id) => [name(id), ...view.outlets.map((out) => cellText(id, out))]), o);
  }
  return renderTable(['Actor', 'Outlet', 'Mentions and labels'], actors.flatMap((id) => view.outlets.map((out) => [name(id), out, cellText(id, out)])), o);
}

export function loadedByVoiceTable(view: CorpusView, o: Opts): string {
  const rows: string[][] = [];
  for (const outlet of view.outlets) {
    for (const voice of ['narrator', 'quote', 'reported'] as const) {
      const terms: string[] = [];
      for (const [id, byOutlet] of view.cells) {
        const t = byOutlet.get(outlet)?.loaded[voice];
        if (t && t.counts.size) terms.push(`${view.actorInfo.get(id)?.name ?? id}: ${listTally(t, 4)}`);
      }
      if (terms.length) rows.push([outlet, voice === 'narrator' ? "outlet's own words" : voice === 'quote' ? 'in quotes' : 'reported speech', terms.join(' · ')]);
    }
  }
  return rows.length ? renderTable(['Outlet', 'Voice', 'Loaded terms, by the actor they describe'], rows, { ...o, maxCell: [20, 18, 400] }) : 'No loaded terms found.';
}

export function quotedTable(view: CorpusView, o: Opts): string {
  const bySpeaker = new Map<string, { outlet: string; speaker: string; side: string; n: number; verbs: Map<string, number> }>();
  for (const q of view.ledger) {
    const key = `${q.outlet}\u0000${q.speaker}`;
    const cur = bySpeaker.get(key) ?? { outlet: q.outlet, speaker: q.speaker, side: q.side, n: 0, verbs: new Map() };
    cur.n++;
    const verb = q.lemma || q.verb || '—';
    cur.verbs.set(verb, (cur.verbs.get(verb) ?? 0) + 1);
    bySpeaker.set(key, cur);
  }
  const rows = [...bySpeaker.values()].map((s) => [
    s.outlet,
    s.speaker,
    s.side,
    String(s.n),
    [...s.verbs].map(([v, n]) => (n > 1 ? `${v} (${n})` : v)).join(', '),
  ]);
  return rows.length ? renderTable(['Outlet', 'Speaker', 'Side', 'Quotes', 'Verbs'], rows, { ...o, maxCell: [20, 40, 24, 6, 60] }) : 'No quotes found.';
}

export function anonymousTable(view: CorpusView, o: Opts): string {
  const rows = [...view.anonymous].flatMap(([outlet, list]) => list.map((q) => [outlet, q.speaker, q.verb || '—', q.quote]));
  return rows.length ? renderTable(['Outlet', 'Anonymous source', 'Verb', 'Quote'], rows, { ...o, maxCell: [20, 40, 16, 120] }) : 'No anonymous sources quoted.';
}

export function distinctiveTable(comparison: Comparison, o: Opts): string {
  const rows = comparison.distinctiveWords
    .filter((d) => d.words.length)
    .map((d) => [d.outlet, d.words.map((w) => `${w.word} (${w.count}; z=${w.z.toFixed(1)})`).join(', ')]);
  return rows.length ? renderTable(['Outlet', 'Words used more than by the others (count; z-score)'], rows, { ...o, maxCell: [24, 600] }) : 'Needs at least two outlets.';
}

export function renderCompareTables(view: CorpusView, comparison: Comparison, o: Opts): string {
  const outlets = view.outlets.map((out) => `${out} (${plural(view.articles.filter((a) => a.outlet === out).length, 'article')})`);
  const unknown = view.outlets.includes(UNKNOWN_OUTLET) ? ' Use --outlet or a manifest.json to name unknown outlets.' : '';
  return [
    wrapText(`${plural(view.articles.length, 'article')} from ${plural(view.outlets.length, 'outlet')}: ${outlets.join(', ')}.${unknown}`, o.width),
    heading('How each outlet names the main actors', o),
    namingTable(view, o),
    heading('Loaded terms by voice', o),
    loadedByVoiceTable(view, o),
    heading('Who is quoted, with which verbs', o),
    quotedTable(view, o),
    heading('Anonymous sources', o),
    anonymousTable(view, o),
    heading('Words that set each outlet apart (weighted log-odds, Monroe et al. 2008)', o),
    distinctiveTable(comparison, o),
    '',
  ].join('\n');
}
