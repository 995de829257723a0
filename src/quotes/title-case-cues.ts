// Headlines written in title case capitalise their cue words (`Trump Says He Never Pledged …`):
// whether a short line is written so (see cue-starts.ts).
import { isSpaceCode } from './blank.js';

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
