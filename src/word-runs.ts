// The maximal runs of letters and digits in a text (what /[\p{L}\p{N}]+/gu matches), found by a
// scan over char codes and indexed with their hashes once per article. Stages that look up a few
// words (surnames, name forms, titles) in every article read the index instead of a regex match
// and a substring per word of the text.
import { IS_LETTER } from './letters.js';
import type { WordFilter } from './word-filter.js';
import { chainWords, type WordChains } from './word-chains.js';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither.
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmp[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** True when the code unit c alone is a letter or digit (what /[\p{L}\p{N}]/u tests on
 *  `text[i]`: never for half of a surrogate pair). */
export function isWordUnit(c: number): boolean {
  let k = bmp[c];
  if (k === 0) bmp[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** True when the code unit c is white space (what /\s/ matches). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** True when the code point at i is a letter or digit (what `(?=[\p{L}\p{N}])` tests in a `u` regex). */
export function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdbff ? isWordUnit(c) : WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** True when the code point before i is a letter or digit (what `(?<=[\p{L}\p{N}])` tests in a `u` regex). */
export function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD_CHAR.test(text.slice(i - 2, i));
  }
  return isWordUnit(c);
}

/** Code units of the word character at i (2 for an astral letter or digit), or 0. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmp[c];
  if (k === 0) bmp[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

// Per ASCII code unit: 1 for a letter or digit, else 0.
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => (bmp[c] === 1 ? 1 : 0));

/** Where the run of letters and digits at i ends (i itself when none starts there): the runs
 *  `indexWords` finds, for a caller that reads them once, in order, without keeping them. */
export function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const u = c < 128 ? ASCII[c] : unitsAt(text, i);
    if (u === 0) break;
    i += u;
  }
  return i;
}

/**
 * Calls `visit(start, end)` for each maximal run of letters, digits and `-` (what
 * /[\p{L}\p{N}-]+/gu matches) in `text`, in text order, that opens with a letter or digit and whose
 * first run of letters and digits may be one of `firsts`: read off the text's word index, whose
 * runs it joins over hyphens (the caller checks the text).
 */
export function forEachHyphenRun(text: string, words: WordIndex, firsts: WordFilter, visit: (start: number, end: number) => void): void {
  const { count, starts, ends, hashes } = words;
  for (let r = 0; r < count; r++) {
    const start = starts[r];
    // (After a hyphen the run is inside one that opened earlier.)
    if (!firsts.mayHave(hashes[r]) || (start > 0 && text.charCodeAt(start - 1) === 45)) continue;
    let end = ends[r];
    for (let k = r; ; ) {
      let e = end;
      while (e < text.length && text.charCodeAt(e) === 45) e++;
      if (e > end && k + 1 < count && starts[k + 1] === e) end = ends[++k];
      else {
        end = e;
        break;
      }
    }
    visit(start, end);
  }
}

/** The maximal runs of letters and digits of one text (what /[\p{L}\p{N}]+/gu matches), each with
 *  a hash of its code units: indexed once per article, then looked up by the matchers that need
 *  whole words, instead of each scanning the text again. */
export interface WordIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  /** The runs by hash (word-chains.ts): where each word occurs, without a pass over all of them. */
  chains: WordChains;
  /** True when a letter or digit outside letters.ts's LETTER (and 0-9) occurs: a word of LETTER
   *  may then start inside one of these runs (`中President`). */
  otherLetters: boolean;
}

/** The hash `indexWords` gives a run with these code units. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

function grown(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The text's word index. The pipeline makes the article's once and hands it to the quote and
 *  actor stages. */
export function indexWords(text: string): WordIndex {
  const n = text.length;
  let cap = (n >> 2) + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let hashes = new Int32Array(cap);
  let count = 0;
  let otherLetters = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII: their class is read from the table without a call.
    if (c < 128 ? bmp[c] !== 1 : unitsAt(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (bmp[d] !== 1) break;
        h = (Math.imul(h, 31) + d) | 0;
        i++;
        continue;
      }
      const u = unitsAt(text, i);
      if (u === 0) break;
      if (u === 2 || IS_LETTER[d] !== 1) otherLetters = true;
      h = (Math.imul(h, 31) + d) | 0;
      if (u === 2) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
      i += u;
    }
    if (count === cap) {
      cap *= 2;
      starts = grown(starts, cap);
      ends = grown(ends, cap);
      hashes = grown(hashes, cap);
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = h;
    count++;
  }
  return { count, starts, ends, hashes, chains: chainWords(count, hashes), otherLetters };
}
