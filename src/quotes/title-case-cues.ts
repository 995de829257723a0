// Headlines written in title case capitalise their cue words (`Trump Says He Never Pledged …`),
// which the cue finder, reading lower-case cue words only, passes over: those short lines are read
// word by word for capitalised cues (cueAt's own title-case test then decides).
import type { Segmentation } from '../types.js';
import { isSpaceCode } from './blank.js';
import type { CueIndex } from './cues.js';
import { tokenize } from './tokens.js';

/** Where a capitalised cue word stands in a short line written in title case. */
export function titleCaseCues(text: string, seg: Segmentation, index: CueIndex): number[] {
  const found: number[] = [];
  for (const sentence of seg.sentences) {
    if (sentence.end - sentence.start > 200 || !isTitleCaseLine(text, sentence.start, sentence.end)) continue;
    for (const t of tokenize(text, sentence.start, sentence.end)) if (t.upper && t.kind === 'word' && index.single.has(t.lower)) found.push(t.start);
  }
  return found;
}
/** Four or more words in a row, each capitalised (small words aside): `Trump Says He Never Pledged`. */
const TITLE_CASE_LINE = /(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:a|an|the|of|to|in|on|at|for|and|or|by|with)\s+)?){3}\p{Lu}/u;
/** Whether text[from, to) holds `wanted` capitals (or non-ASCII characters) right after white
 * space: in a match of TITLE_CASE_LINE each capital after the first is, and two sentences in three
 * hold fewer than three, so the slice and the regex are spared. */
function capitalsAfterSpace(text: string, from: number, to: number, wanted: number): boolean {
  let n = 0;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (((c >= 65 && c <= 90) || c >= 128) && isSpaceCode(text.charCodeAt(i - 1)) && ++n >= wanted) return true;
  }
  return false;
}

/** `TITLE_CASE_LINE.test(text.slice(from, to))`. */
export function isTitleCaseLine(text: string, from: number, to: number): boolean {
  return capitalsAfterSpace(text, from, to, 3) && TITLE_CASE_LINE.test(text.slice(from, to));
}
