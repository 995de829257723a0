// Which actors a class can compare by name: the naming contrasts the worksheet asks about and
// the summary reports, from the aggregate's outlet × actor rows.
import type { Comparison, ComparisonRow } from '../aggregate/index.js';
import { rowsByActor } from './corpus-view.js';
import { numberWord } from './text.js';
import { characterisingLabels } from './characterising.js';

/** Mentions an outlet needs for its words about an actor to be compared. */
const MIN_MENTIONS = 2;

/** Actors that two or more outlets mention at least MIN_MENTIONS times each and that those
 *  outlets label differently (one calls ISIL `terrorists`, another does not): most outlets first,
 *  then most mentions. Names are the registry's neutral ones, so only labels make a contrast, and
 *  of a person's descriptions only those that characterise. */
export function namingContrasts(c: Comparison, limit = 6): string[] {
  return [...rowsByActor(c)]
    .map(([id, byOutlet]) => ({ id, rows: [...byOutlet.values()].filter((r) => r.mentions >= MIN_MENTIONS && r.kind !== 'media-outlet') }))
    .filter(({ rows }) => rows.length >= 2 && labelsDiffer(rows))
    .sort((a, b) => b.rows.length - a.rows.length || mentions(b.rows) - mentions(a.rows) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((a) => a.id);
}

const mentions = (rows: ComparisonRow[]) => rows.reduce((n, r) => n + r.mentions, 0);
const labelSet = (r: ComparisonRow) => [...new Set(characterisingLabels(r).map((l) => l.text.toLowerCase()))].sort().join('\u0000');

function labelsDiffer(rows: ComparisonRow[]): boolean {
  return rows.some((r) => characterisingLabels(r).length) && new Set(rows.map(labelSet)).size > 1;
}

/** What the summary says when no actor qualifies, in words a 15-year-old follows. */
export const NO_CONTRAST = `No naming comparison to show: framelens looked for a person or group that two or more of the outlets each mention at least ${numberWord(MIN_MENTIONS)} times and describe in different loaded words (for example, one outlet calls it “the regime” and another does not; an office such as “Sen.” does not count). It found none in these articles.`;
