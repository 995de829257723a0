// framelens reads English: its cue verbs, names, titles and lexicons are English. A page that says
// it is in another language, or a text whose words are hardly ever English function words, gets a
// warning, so nobody takes its (near-empty or wrong) findings for a measurement.
import type { Article, Diagnostic } from '../types.js';

const FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with as was said by it he at from his an are be has have not this but they were which who its their had been will would her she we i you or'.split(' '),
);
/** Words read from the start of the text: enough to tell, without reading a long article twice. */
const SAMPLE_CHARS = 4000;
const MIN_WORDS = 60;
/** English news runs at 35–45% function words; other languages at a few percent (shared names). */
const MIN_SHARE = 0.12;
const DECLARED_ENGLISH_SHARE = 0.09;
const LETTER = /\p{L}/u;
/** The longest function word: a longer word never lower-cases into one (lower-casing never
 * shortens a string; the one BMP letter that lower-cases to ASCII, the Kelvin sign, does so one
 * for one). */
const LONGEST = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));
// Per BMP code unit: 0 not yet known, 1 a letter, 2 not.
const bmpLetter = new Uint8Array(0x10000);

/** Code units of the letter at i (2 for an astral one), or 0: what /\p{L}/u matches there. */
function letterUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmpLetter[c];
  if (k === 0) bmpLetter[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** A word of ASCII letters as a number, case folded: five bits a letter (how functionWordShare
 *  packs a word while it reads it). */
const packed = (word: string): number => [...word].reduce((key, ch) => key * 32 + ((ch.charCodeAt(0) | 0x20) - 96), 0);
const PACKED_FUNCTION_WORDS = new Set([...FUNCTION_WORDS].map(packed));

// Per ASCII code unit: 1 for a letter (most of the sample), read without a call.
const ASCII_LETTER = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0));

/** The words (maximal runs of letters, as /\p{L}+/gu finds them) of `sample`, and how many of
 * them are English function words: a scan over char codes, without a match object per word.
 * Only a word of ASCII letters can lower-case to a function word (of the other letters only the
 * Kelvin sign lower-cases to ASCII, `k`, in no function word, and `İ` to two characters): each
 * word's key is packed while it is read, and is -1 once it cannot be one. */
export function functionWordShare(sample: string): { words: number; common: number } {
  let words = 0, common = 0;
  const n = sample.length;
  for (let i = 0; i < n; ) {
    let c = sample.charCodeAt(i);
    let u = c < 128 ? ASCII_LETTER[c] : letterUnits(sample, i);
    if (u === 0) {
      i++;
      continue;
    }
    words++;
    let key = 0;
    let length = 0;
    do {
      key = key >= 0 && c < 128 && length < LONGEST ? key * 32 + ((c | 0x20) - 96) : -1;
      i += u;
      length += u;
      if (i >= n) break;
      c = sample.charCodeAt(i);
      u = c < 128 ? ASCII_LETTER[c] : letterUnits(sample, i);
    } while (u !== 0);
    if (key >= 0 && PACKED_FUNCTION_WORDS.has(key)) common++;
  }
  return { words, common };
}

export function languageDiagnostic(article: Article): Diagnostic | null {
  const declared = article.language?.trim().toLowerCase();
  const source = article.source ? { source: article.source } : {};
  if (declared && !/^en(?:[-_]|$)/.test(declared)) {
    return { severity: 'warning', code: 'not-english', message: `the page says its language is "${article.language}"; framelens reads English (cue verbs, names, lexicons), so its findings here are likely wrong or missing`, ...source };
  }
  const sample = article.text.slice(0, SAMPLE_CHARS);
  const { words, common } = functionWordShare(sample);
  // A page declaring English is read too (templates declare `en` whatever the article's language),
  // only when it has accented letters and by a lower bar: tables of scores or recipes in English
  // have few function words (a recipe with `sautéed`: 10%; German 3–4%, Portuguese 7%).
  const why = declared
    ? (words >= MIN_SHORT_WORDS && accented(sample) ? tooFewCommonWords(words, common, words >= MIN_WORDS ? DECLARED_ENGLISH_SHARE : MIN_SHORT_SHARE) : null) ?? otherScript(sample)
    : words >= MIN_WORDS ? tooFewCommonWords(words, common, MIN_SHARE) : words >= MIN_SHORT_WORDS && accented(sample) ? tooFewCommonWords(words, common, MIN_SHORT_SHARE) : otherScript(sample);
  if (!why) return null;
  const though = declared ? ', though the page says it is English' : '';
  return { severity: 'warning', code: 'not-english', message: `the text does not read as English (${why})${though}; framelens reads English, so its findings here are likely wrong or missing`, ...source };
}

// A short text (a wire brief, a post) of 20–59 words is judged too, by a lower bar, when it has
// accented letters: English briefs of that length run at 20% function words and more, German and
// Spanish at about 5%; but a run of English headlines in title case can have almost none.
const MIN_SHORT_WORDS = 20;
const MIN_SHORT_SHARE = 0.06;
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/g;
const accented = (sample: string): boolean => (sample.match(ACCENTED)?.length ?? 0) >= 2;

function tooFewCommonWords(words: number, common: number, least: number): string | null {
  if (common / words >= least) return null;
  return `${Math.round((100 * common) / words)}% common English words in its first ${words} words`;
}

// Fewer words than that: a text in a script without spaces between words (Chinese, Japanese) has
// few, so it is judged by its letters: mostly of another script than Latin.
const MIN_LETTERS = 20;
const LETTERS = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
function otherScript(sample: string): string | null {
  const letters = sample.match(LETTERS)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const latin = sample.match(LATIN)?.length ?? 0;
  return latin / letters < 0.5 ? `${Math.round((100 * latin) / letters)}% of its letters are Latin` : null;
}
