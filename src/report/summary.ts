// The findings at a glance, as plain sentences (each renderer escapes them for its format).
import { outletLoadedByVoice, type Comparison } from '../aggregate/index.js';
import { actorName, isPlaced, outletFigures, rowsByActor, SIDE_MEANS, type CorpusView } from './corpus-view.js';
import { firstItems, plural, share, truncate, VOICE_SPLIT } from './text.js';
import { namingContrasts, NO_CONTRAST } from './naming.js';
import { labelsInOrder } from './characterising.js';

export function summaryItems(view: CorpusView, c: Comparison): string[] {
  const items: string[] = [];
  const wire = view.wireCount;
  const wireText = wire === 0 ? 'none is wire copy' : `${wire} ${wire === 1 ? 'is' : 'are'} wire copy`;
  items.push(`${plural(view.articleCount, 'article')} from ${plural(view.outlets.length, 'outlet')} (${view.outlets.join(', ')}); ${wireText}.`);
  const { skipped } = view;
  if (skipped.count) {
    const shown = skipped.inputs.slice(0, 3);
    const more = skipped.count > shown.length ? `; and ${skipped.count - shown.length} more` : '';
    items.push(`${plural(skipped.count, 'input')} could not be read, so no figure here counts ${skipped.count === 1 ? 'it' : 'them'}: ${shown.join('; ')}${more}.`);
  }
  const { repeatedIds: repeated } = view;
  if (repeated.count) {
    const shown = repeated.ids.slice(0, 3).map((id) => `“${truncate(id, 60)}”`);
    const ids = `${shown.join(', ')}${repeated.count > shown.length ? ` and ${repeated.count - shown.length} more` : ''}`;
    items.push(`${plural(repeated.count, 'article')} ${repeated.count === 1 ? 'has' : 'have'} the id of an earlier one (${ids}) and ${repeated.count === 1 ? 'is' : 'are'} counted again in every figure here: check that no input was given twice and that shards do not overlap.`);
  }
  const byActor = rowsByActor(c);
  const contrasts = namingContrasts(c);
  if (!contrasts.length && view.outlets.length > 1) items.push(NO_CONTRAST);
  for (const id of contrasts) {
    const named = view.outlets
      .filter((o) => byActor.get(id)?.get(o)?.mentions)
      .map((o) => {
        const labels = labelsInOrder(byActor.get(id)!.get(o)!);
        return labels.length ? `${o} calls ${actorName(c, id)} ${labels.slice(0, 3).map((l) => `“${truncate(l.text, 80)}”`).join(', ')}` : `${o} mentions ${actorName(c, id)} without a label`;
      });
    items.push(`${named.join('; ')}.`);
  }
  if (c.outlets.some((o) => o.quotes)) items.push(`A speaker’s side is ${SIDE_MEANS}; people it does not place are of no known affiliation.`);
  for (const outlet of view.outlets) {
    const figures = outletFigures(c, outlet);
    const quotes = figures?.quotes ?? 0;
    const loaded = outletLoadedByVoice(c, outlet);
    const quoting = quotes ? `${plural(quotes, 'quote')}, ${sides(figures!, c)}` : 'no quotes';
    items.push(`${outlet}: ${quoting}; ${anonymousText(figures)}; loaded terms: ${(['narrator', 'reported', 'quote'] as const).map((v) => `${loaded[v]} ${VOICE_SPLIT[v]}`).join(', ')}.`);
  }
  return items;
}

/** `most quoted side: United States, 117/719 (16%) of quotes (585 by speakers of no known
 *  affiliation)`: the sides that are states or bodies, and how many quotes no side accounts for. */
function sides(figures: Comparison['outlets'][number], c: Comparison): string {
  const top = figures.sides.find((s) => isPlaced(s.side));
  const unplaced = figures.sides.find((s) => s.side === 'unaffiliated')?.count ?? 0;
  const most = top ? `${actorName(c, top.side)}, ${share(top.count, figures.quotes)} of quotes` : 'none known';
  return `most quoted side: ${most}${unplaced ? ` (${unplaced} by speakers of no known affiliation)` : ''}`;
}

/** `anonymous sources: 5 passages of reported speech (US officials; aides; trade experts and 2 more)`, from the aggregate. */
export function anonymousText(figures: Comparison['outlets'][number] | undefined): string {
  const quotes = figures?.anonymousQuotes ?? 0;
  const reported = figures?.anonymousReported ?? 0;
  if (!quotes && !reported) return 'no anonymous sources';
  const parts = [quotes ? plural(quotes, 'quote') : null, reported ? plural(reported, 'passage') + ' of reported speech' : null].filter(Boolean).join(' and ');
  const who = firstItems((figures?.anonymousSources ?? []).map((s) => s.source), 3, '; ');
  return `anonymous sources: ${parts}${who ? ` (${who})` : ''}`;
}
