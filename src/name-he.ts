// `Liu He said`, `He Jianxiong, the former IMF director, said`: the Chinese family or given name He
// is written as the pronoun is. Both the quote and the actor stage ask here before reading it as one.

import { MONTHS, WEEKDAYS } from './calendar-words.js';
import { IS_LETTER, IS_UPPER } from './letters.js';

const isUpper = (c: number) => IS_UPPER[c] === 1;
const isLetter = (c: number) => IS_LETTER[c] === 1;
const APOSTROPHES = new Set([39, 0x2019]);
const OPENING_MARKS = new Set([34, 39, 0x2018, 0x201c]);

/** Where the word starting at `from` ends (`Won't` is one word). */
function wordEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && (isLetter(text.charCodeAt(e)) || (APOSTROPHES.has(text.charCodeAt(e)) && isLetter(text.charCodeAt(e + 1))))) e++;
  return e;
}

const DATE = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`);

/** A capitalised word starts at `at` (not `I`, a date, nor a verb in title case such as `Says`, `Added`). */
function nameWordAt(text: string, at: number): boolean {
  if (!isUpper(text.charCodeAt(at))) return false;
  const word = text.slice(at, wordEnd(text, at));
  return word.length > 1 && !/^[A-Z][a-z]+(?:s|ed)$/.test(word) && !DATE.test(word);
}

/** The capitalised `He` at `start` is part of a name: a capitalised word stands right before it
 *  (`Liu He`) or right after it (`He Jianxiong`), and lower-case text or punctuation comes after that
 *  pair, so the line is not in title case (`Why He Won`, `He Says He Will`). */
export function heIsName(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== 72 || text.charCodeAt(start + 1) !== 101 || isLetter(text.charCodeAt(start + 2))) return false;
  const afterHe = start + 2;
  // (`He’d`, `He's`: the pronoun's contraction.)
  if (afterHe < text.length && APOSTROPHES.has(text.charCodeAt(afterHe))) return false;
  const before = wordBefore(text, start);
  // (Capitalised words on both sides, a quotation mark aside, make a title-case line: `Tell You He ‘Won’`.)
  if (before >= 0 && capitalNext(text, afterHe)) return false;
  if (text.charCodeAt(afterHe) === 32 && nameWordAt(text, afterHe + 1)) return !capitalNext(text, wordEnd(text, afterHe + 1));
  return before >= 0 && nameWordAt(text, before);
}

/** A space, an opening quotation mark or none, then a capital at `at`. */
function capitalNext(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  let c = at + 1;
  if (OPENING_MARKS.has(text.charCodeAt(c))) c++;
  return isUpper(text.charCodeAt(c));
}

/** Where a capitalised word ending one space before `start` begins (`Liu He`, not `said. He`), else -1. */
function wordBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 32 || !isLetter(text.charCodeAt(start - 2))) return -1;
  let w = start - 2;
  while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
  return isUpper(text.charCodeAt(w)) ? w : -1;
}
