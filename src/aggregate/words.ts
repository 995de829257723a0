// Words for the log-odds comparison: lower-cased letter runs (inner apostrophes and hyphens kept,
// possessive `'s` dropped), at least two letters, no stopwords. Short all-capital words keep their
// case, so `US` the state is not `us` the pronoun.
import { addTo } from './tally.js';

const WORD = /\p{L}[\p{L}'’\-]*\p{L}/gu;

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each
  few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
  only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say told mr mrs ms one two three new
  may might must shall us its it's he's she's they're we're i'm don't didn't doesn't isn't wasn't aren't weren't won't can't would've could've should've there's that's
  what's who's let's per via yet upon among within without according however although though since unless whether either neither`.split(/\s+/),
);

export function countWords(text: string, into: Record<string, number>): number {
  let total = 0;
  for (const m of text.matchAll(WORD)) {
    let w = m[0].replace(/’/g, "'");
    if (/'s$/i.test(w)) w = w.slice(0, -2);
    const acronym = w.length <= 5 && w === w.toUpperCase() && w !== w.toLowerCase();
    if (!acronym) w = w.toLowerCase();
    if (w.length < 2 || (!acronym && STOPWORDS.has(w))) continue;
    addTo(into, w, 1);
    total++;
  }
  return total;
}
