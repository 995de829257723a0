import type { Span } from '../types.js';

// A sentence splitter for news text: one linear scan over candidate ends (`.`, `!`, `?`), each
// judged by the word before it and the word after it. Quadratic tokenizers and substring
// abbreviation matching are what this replaces (see shared/notes/dependencies.md).

/** Words that end in a period but are never the end of a sentence (they precede a name). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'gens',
  'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'rev', 'fr',
  'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'st', 'mt', 'ft', 'sr', 'jr', 'atty',
]);

/** Abbreviations that end no sentence when a number follows (`Sept. 25`, `No. 2`, `p. 4`). */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'nr', 'art', 'p', 'pp', 'vol', 'fig', 'ch', 'sec', 'approx', 'ca', 'est',
]);

/** Abbreviations that end no sentence before a lower-case or capitalised word alike. */
const ALWAYS_ABBREV = new Set(['e.g', 'i.e', 'etc', 'vs', 'v', 'cf', 'approx', 'inc', 'corp', 'ltd', 'co', 'bros']);

/**
 * After a dotted acronym (`U.S.`, `U.N.`) or `Inc.`/`Corp.`, the next capitalised word starts a new
 * sentence only if it is a word that typically opens one; `U.S. forces` stays one sentence.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'as', 'after', 'before', 'when', 'while', 'if', 'although', 'though', 'since', 'meanwhile', 'however',
  'earlier', 'later', 'last', 'next', 'some', 'many', 'most', 'one', 'two', 'officials', 'both', 'such',
  'what', 'who', 'why', 'how', 'asked', 'according', 'also', 'still', 'now', 'then', 'mr', 'mrs', 'ms',
  'initially', 'instead', 'indeed', 'finally', 'previously', 'currently', 'today', 'yesterday', 'recently',
  'nevertheless', 'moreover', 'furthermore', 'additionally', 'unlike', 'despite', 'during', 'with', 'by',
  'from', 'to', 'under', 'because', 'once', 'until', 'not', 'no', 'every', 'each', 'all', 'other', 'several',
  'here', 'where', 'which', 'whether', 'my', 'your', 'those',
]);

/** US state abbreviations in AP style: no sentence end before `(AP)`, a dash, a number or a title. */
const STATES = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt',
  'va', 'wash', 'wis', 'wisc', 'wyo',
]);

// The characters the splitter reads, by code unit: every test below is a table lookup or a
// comparison, never a one-character string (`text[i]` of a curly quote is a new string each time).
const CLOSER = 1;
const OPENER = 2;
const SPACE = 4;
const CLASS = new Uint8Array(0x10000);
for (const c of '"\'”’»)]') CLASS[c.charCodeAt(0)] |= CLOSER;
for (const c of '"\'“‘«([') CLASS[c.charCodeAt(0)] |= OPENER;
for (const c of ' \n\t\r\u00a0\u2009\u202f\f\v') CLASS[c.charCodeAt(0)] |= SPACE;
const isSpace = (c: number): boolean => (CLASS[c] & SPACE) !== 0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `.`, `!` or `?` */
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63;

// Per code unit, filled in as met: KNOWN, and whether the unit alone is a letter (it has two cases)
// and whether it is upper case.
const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const CASE = new Uint8Array(0x10000);

function caseOf(c: number): number {
  let k = CASE[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    CASE[c] = k = KNOWN | (lower !== upper ? LETTER : 0) | (ch !== lower && ch === upper ? UPPER : 0);
  }
  return k;
}
const isUpper = (c: number): boolean => (caseOf(c) & UPPER) !== 0;
const isLetter = (c: number): boolean => (caseOf(c) & LETTER) !== 0;

/** The word (letters and inner dots) that ends right before `i`. */
function wordBefore(text: string, i: number, lo: number): string {
  let j = i;
  while (j > lo && (isLetter(text.charCodeAt(j - 1)) || (text.charCodeAt(j - 1) === 46 && j - 2 >= lo && isLetter(text.charCodeAt(j - 2))))) j--;
  return text.slice(j, i);
}

/** The word starting at `i`, after any opening quotes. */
function wordAt(text: string, i: number, hi: number): string {
  let j = i;
  while (j < hi && CLASS[text.charCodeAt(j)] & OPENER) j++;
  let k = j;
  while (k < hi && isLetter(text.charCodeAt(k))) k++;
  return text.slice(j, k);
}

/** Does the period at `dot` end a sentence, given the next sentence would start at `next`? */
function periodEnds(text: string, dot: number, next: number, lo: number, hi: number): boolean {
  const before = wordBefore(text, dot, lo);
  const lower = before.toLowerCase();
  const nextChar = text.charCodeAt(next);
  if (before.length === 0) return true; // `2014.` or `)."`
  if (TITLES.has(lower)) return false;
  if (ALWAYS_ABBREV.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && isDigit(nextChar)) return false;
  if (STATES.has(lower)) {
    // `LOUISVILLE, Ky. (AP) —`, `Ariz. Gov. Jan Brewer`
    if (nextChar === 40 || nextChar === 0x2013 || nextChar === 0x2014 || isDigit(nextChar)) return false;
    const nextWord = wordAt(text, next, hi);
    if (TITLES.has(nextWord.toLowerCase()) && text.charCodeAt(next + nextWord.length) === 46) return false;
  }
  if (before.length === 1 && isUpper(before.charCodeAt(0))) return false; // middle initial: `George W. Bush`
  if (before.includes('.')) {
    // dotted acronym: `U.S.`, `a.m.` — new sentence only before a typical opener
    const nextWord = wordAt(text, next, hi).toLowerCase();
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/** Can a sentence start with the code unit c (after the whitespace following a terminator)? Not
 *  a lower-case letter (`U.S. and`, `e.g. the`) nor punctuation that continues one; any other
 *  character can: a capital, a digit, an opening mark, a dash, and a symbol or emoji (`… rampant.
 *  😀 Later he said`, `★ Markets`, `• Item`). */
function canStart(c: number): boolean {
  if (isUpper(c) || isDigit(c) || (CLASS[c] & OPENER) !== 0 || c === 0x2013 || c === 0x2014) return true;
  return !isLetter(c) && !isSpace(c) && !CONTINUES.has(c);
}
// (`,`, `;`, `:`, `.`, `)`, `]`, `}`, `%`, `-`.)
const CONTINUES: ReadonlySet<number> = new Set([44, 59, 58, 46, 41, 93, 125, 37, 45]);

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

/** The first `.`, `!` or `?` in `text[from, end)`, or `end`: never looks past the span (a regex from
 * `from` would scan the rest of the text for each paragraph without one). */
function nextTerminator(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (isTerminator(text.charCodeAt(i))) return i;
  return end;
}

/**
 * Sentences of `text[start, end)`, trimmed of white space. An ellipsis (`...`, `…`) never ends a
 * sentence: in news it mostly marks an elision inside a quote.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    i = nextTerminator(text, i, end);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    // a run of terminators (`?!`, `...`), then closing quotes or brackets
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    const isEllipsis = c === 46 && j - i >= 2;
    while (j < end && CLASS[text.charCodeAt(j)] & CLOSER) j++;
    if (j >= end || !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const ends = !isEllipsis && text.charCodeAt(i - 1) !== 0x2026 && canStart(text.charCodeAt(k)) && (c !== 46 || periodEnds(text, i, k, start, end));
    if (ends) {
      const s = trimmed(text, from, j);
      if (s) out.push(s);
      from = k;
    }
    i = j - 1;
  }
  const last = trimmed(text, from, end);
  if (last) out.push(last);
  return out;
}
