// Finds lexicon phrases in text: case-insensitive, whole words only, longest match first.
// A word is letters/digits joined by apostrophes or hyphens (`anti-revolutionary`, `ill-wishers`,
// `don't`), so a term never matches inside a longer hyphenated word. Curly and straight apostrophes
// (and the Unicode hyphens) are the same character for matching; a possessive `'s` does not stop a
// match (`regime's`).
// Speed: a trie of every term's first word is walked from each word start of a lower-cased copy
// of the text (key-trie.ts); only where it hits are the following words compared.
import type { HedgeEntry, LoadedTermEntry } from '../types.js';
import { runEnd, wordAt, wordBefore } from '../word-runs.js';
import { endsWord, KeyTrie } from './key-trie.js';

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

export interface PhraseMatcher<T> {
  /** Matches in text[from, to), sorted by start, non-overlapping. Exceptions are looked for in the
   *  same window. */
  find(text: string, from?: number, to?: number): PhraseMatch<T>[];
}

export type TermMatch = PhraseMatch<LoadedTermEntry>;
export type TermMatcher = PhraseMatcher<LoadedTermEntry>;

interface Words {
  /** Normalised words after the first. */
  rest: string[];
  /** Normalised separators between consecutive words (`' '` for any run of white space). */
  gaps: string[];
}

interface Exceptions {
  /** Exception phrases keyed by their first word. */
  index: Map<string, Words[]>;
  /** Longest exception in characters: how far around a hit to look for one. */
  reach: number;
}

interface Phrase<T> extends Words {
  entry: T;
  exceptions: Exceptions | null;
}

interface Token {
  start: number;
  end: number;
  norm: string;
}

// A word: runs of letters and digits (no \p{M}: news text is NFC) joined by an apostrophe or a
// hyphen; what /[\p{L}\p{N}]+(?:['’‘\-‐‑][\p{L}\p{N}]+)*/gu matches, found by a scan over char codes
// (a regex run per word after every key hit cost more than the rest of the matching).
const WORD_CHAR = /[\p{L}\p{N}]/u;

const isJoiner = (c: number): boolean => c === 39 || c === 45 || c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011;

/** Where the first word at or after i starts (as the regex run from lastIndex i: from inside a
 *  surrogate pair it starts at the pair), or s.length when none does. */
export function wordStartFrom(s: string, i: number): number {
  if (i > 0 && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < s.length && !wordAt(s, i)) i++;
  return i;
}

/** Where the word starting at i ends. */
export function wordEndFrom(s: string, i: number): number {
  let e = runEnd(s, i);
  while (e + 1 < s.length && isJoiner(s.charCodeAt(e)) && wordAt(s, e + 1)) e = runEnd(s, e + 1);
  return e;
}

/** Lower case with ’ ‘ → ' and ‐ ‑ → -, always the same length as the input so offsets carry over. */
function normalise(s: string): string {
  let lower = s.toLowerCase();
  if (lower.length !== s.length) lower = Array.from(s, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  return /[’‘‐‑]/.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-') : lower;
}

function normGap(g: string): string {
  return g === ' ' ? g : g.replace(/\s+/g, ' ');
}

/** Tokens of a normalised string from `start`, stopping at `end`. */
function tokens(low: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let s = wordStartFrom(low, start); s < low.length; ) {
    const e = wordEndFrom(low, s);
    if (e > end) break;
    out.push({ start: s, end: e, norm: low.slice(s, e) });
    s = wordStartFrom(low, e);
  }
  return out;
}

/** Reads up to `count` tokens into toks, following the last one there: the words after a key are
 *  read as far as its phrases need them. False when the text ends first. */
function readTokens(low: string, toks: Token[], count: number): boolean {
  while (toks.length < count) {
    const s = wordStartFrom(low, toks[toks.length - 1].end);
    if (s >= low.length) return false;
    const e = wordEndFrom(low, s);
    toks.push({ start: s, end: e, norm: low.slice(s, e) });
  }
  return true;
}

/** Splits a phrase into its first word (the key) and the rest; null when it has no word. */
function splitPhrase(phrase: string): { key: string; words: Words } | null {
  const low = normalise(phrase.trim());
  const ws = tokens(low, 0, low.length);
  if (!ws.length) return null;
  return {
    key: ws[0].norm,
    words: { rest: ws.slice(1).map((w) => w.norm), gaps: ws.slice(1).map((w, i) => normGap(low.slice(ws[i].end, w.start))) },
  };
}

/** The text a phrase matches, normalised (`Paper  Tiger` → `paper tiger`, `terror.*` → `terror`):
 *  two phrases with the same literal are one term to the matcher. Null when it has no word. */
export function literalPhrase(phrase: string): string | null {
  const split = splitPhrase(phrase);
  return split && split.words.rest.reduce((text, word, k) => text + split.words.gaps[k] + word, split.key);
}

function isPossessive(low: string, end: number): boolean {
  return low.charCodeAt(end) === 39 && low.charCodeAt(end + 1) === 115 && !WORD_CHAR.test(low[end + 2] ?? '');
}

/** End of the phrase whose first word is toks[j], or null. A final `'s` is left out of the match. */
function phraseEnd(low: string, toks: Token[], j: number, phrase: Words): number | null {
  const n = phrase.rest.length;
  if (toks.length - j <= n) return null;
  for (let k = 0; k < n; k++) {
    const prev = toks[j + k];
    const tok = toks[j + k + 1];
    const word = phrase.rest[k];
    // `regime's` is one token; it may end a phrase on `regime`.
    const possessive = k === n - 1 && tok.norm.length === word.length + 2 && tok.norm.startsWith(word) && isPossessive(low, tok.start + word.length);
    if (tok.norm !== word && !possessive) return null;
    if (!gapIs(low, prev.end, tok.start, phrase.gaps[k])) return null;
  }
  return toks[j + n].start + (n ? phrase.rest[n - 1].length : 0);
}

/** True when low[from, to) normalises to the gap `g` (a single space, nearly always). */
function gapIs(low: string, from: number, to: number, g: string): boolean {
  if (to - from === 1 && low.charCodeAt(from) === 32) return g === ' ';
  return normGap(low.slice(from, to)) === g;
}

/** Cheap test before tokenising: with a one-space gap in both, the next word must follow at once. */
function quickReject(low: string, keyEnd: number, phrase: Words): boolean {
  return phrase.gaps[0] === ' ' && low[keyEnd] === ' ' && !low.startsWith(phrase.rest[0], keyEnd + 1);
}

/** True when one of the exception phrases covers [start, end) of the normalised window. */
function insideException(low: string, start: number, end: number, exc: Exceptions): boolean {
  let lo = Math.max(0, start - exc.reach);
  while (lo > 0 && WORD_CHAR.test(low[lo - 1])) lo--;
  const toks = tokens(low, lo, Math.min(low.length, end + exc.reach));
  for (let j = 0; j < toks.length && toks[j].start <= start; j++) {
    for (const p of exc.index.get(toks[j].norm) ?? []) {
      const e = p.rest.length === 0 ? toks[j].end : phraseEnd(low, toks, j, p);
      if (e !== null && e >= end) return true;
    }
  }
  return false;
}

function compileExceptions(phrases: string[]): Exceptions | null {
  if (!phrases.length) return null;
  const index = new Map<string, Words[]>();
  let reach = 0;
  for (const p of phrases) {
    const split = splitPhrase(p);
    if (!split) continue;
    index.set(split.key, [...(index.get(split.key) ?? []), split.words]);
    reach = Math.max(reach, p.length);
  }
  return { index, reach };
}

export function compilePhraseMatcher<T extends { terms: string[]; exceptions?: string[] }>(entries: T[]): PhraseMatcher<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  for (const entry of entries) {
    const exceptions = compileExceptions(entry.exceptions ?? []);
    for (const term of entry.terms) {
      const split = splitPhrase(term);
      if (!split) continue;
      const phrase: Phrase<T> = { rest: split.words.rest, gaps: split.words.gaps, entry, exceptions };
      const list = byFirst.get(split.key) ?? [];
      // The first entry listing a term owns it; a repeat is ignored.
      if (!list.some((p) => p.rest.join(' ') === phrase.rest.join(' ') && p.gaps.join('|') === phrase.gaps.join('|'))) list.push(phrase);
      byFirst.set(split.key, list);
    }
  }
  // Longest phrase first, so `axis of evil` beats `axis` and `psychological warfare` beats `warfare`.
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  // First words, longest first; whole words only (a hyphen or apostrophe joins words, except `'s`).
  const keys = new KeyTrie(byFirst.keys());
  return {
    find(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
      const out: PhraseMatch<T>[] = [];
      const low = normalise(text.slice(from, to));
      // Do not start inside a word that began before `from`.
      let next = 0;
      if (from > 0 && WORD_CHAR.test(text[from - 1] ?? '') && WORD_CHAR.test(text[from] ?? '')) {
        while (next < low.length && WORD_CHAR.test(low[next])) next++;
      }
      const tryKey = (start: number, key: string): number | null => {
        const keyEnd = start + key.length;
        // A possessive `'s` ends the phrase: `regime's` can be `regime`, never the start of a longer term.
        const possessive = isPossessive(low, keyEnd);
        // The words after the key, read when a phrase gets past quickReject (most hits end there).
        let toks: Token[] | null = null;
        for (const phrase of byFirst.get(key) ?? []) {
          if (phrase.rest.length && (possessive || quickReject(low, keyEnd, phrase))) continue;
          toks ??= [{ start, end: keyEnd, norm: key }];
          const end = phrase.rest.length === 0 ? keyEnd : readTokens(low, toks, phrase.rest.length + 1) ? phraseEnd(low, toks, 0, phrase) : null;
          if (end === null) continue;
          if (phrase.exceptions && insideException(low, start, end, phrase.exceptions)) continue;
          out.push({ start: from + start, end: from + end, text: text.slice(from + start, from + end), entry: phrase.entry });
          return end;
        }
        return null;
      };
      for (let i = 0, start = 0; i < low.length; start = i) {
        i = runEnd(low, i);
        if (i === start) {
          i++;
          continue;
        }
        // Not a word joined to the one before by a hyphen or apostrophe.
        if (start < next || (start > 0 && (low.charCodeAt(start - 1) === 39 || low.charCodeAt(start - 1) === 45) && wordBefore(low, start - 1))) continue;
        const key = keys.longestAt(low, start, i, endsWord);
        if (key === null) continue;
        // The longest first word may be a possessive (`iran's` of `Iran's regime`): when its
        // phrases fail, the bare word (`iran`) still gets its turn.
        const end = tryKey(start, key) ?? (key.endsWith("'s") ? tryKey(start, key.slice(0, -2)) : null);
        next = end ?? start + key.length;
      }
      return out;
    },
  };
}

export function compileTermMatcher(entries: LoadedTermEntry[]): TermMatcher {
  return compilePhraseMatcher(entries);
}

/** Hedges and intensifiers: same matching rules as loaded terms. */
export function compileHedgeMatcher(entries: HedgeEntry[]): PhraseMatcher<HedgeEntry> {
  return compilePhraseMatcher(entries);
}
