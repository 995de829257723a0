// Finds lexicon phrases in text: case-insensitive, whole words only, longest match first.
// A word is letters/digits joined by apostrophes or hyphens (`anti-revolutionary`, `ill-wishers`,
// `don't`), so a term never matches inside a longer hyphenated word. Curly and straight apostrophes
// are the same character for matching; a possessive `'s` does not stop a match (`regime's`).
// The text is scanned token by token and each token is looked up in a map keyed by a term's first
// word, which keeps the cost independent of the lexicon size.
import type { HedgeEntry, LoadedTermEntry } from '../types.js';

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

export interface PhraseMatcher<T> {
  /** Matches in text[from, to), sorted by start, non-overlapping. */
  find(text: string, from?: number, to?: number): PhraseMatch<T>[];
}

export type TermMatch = PhraseMatch<LoadedTermEntry>;
export type TermMatcher = PhraseMatcher<LoadedTermEntry>;

interface Phrase<T> {
  /** Normalised words after the first. */
  rest: string[];
  /** Normalised separators between consecutive words (`' '` for any run of white space). */
  gaps: string[];
  entry: T;
  exceptions: RegExp | null;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const ODD_PUNCT = /[’‘‐‑]/;

function normWord(w: string): string {
  const lower = w.toLowerCase();
  return ODD_PUNCT.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-') : lower;
}

function normGap(g: string): string {
  return g.replace(/\s+/g, ' ');
}

function words(s: string): { start: number; end: number; text: string }[] {
  return [...s.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex finding any of the phrases as whole words, with the same equivalences as the matcher. */
function phraseRegex(phrases: string[]): RegExp | null {
  if (!phrases.length) return null;
  const alts = phrases
    .map((p) =>
      escape(p.trim())
        .replace(/\s+/g, '\\s+')
        .replace(/['’‘]/g, "['’‘]")
        .replace(/\\?-|[‐‑]/g, '[-‐‑]'),
    )
    .sort((a, b) => b.length - a.length);
  const before = "(?<![\\p{L}\\p{N}\\p{M}])(?<![\\p{L}\\p{N}\\p{M}]['’‘\\-‐‑])";
  const after = "(?![\\p{L}\\p{N}\\p{M}])(?!['’‘\\-‐‑][\\p{L}\\p{N}\\p{M}])";
  return new RegExp(`${before}(?:${alts.join('|')})${after}`, 'giu');
}

/** True when an occurrence of one of the exception phrases covers [start, end). */
function insideException(re: RegExp, text: string, start: number, end: number, reach: number): boolean {
  re.lastIndex = Math.max(0, start - reach);
  for (let m = re.exec(text); m && m.index <= start; m = re.exec(text)) {
    if (m.index + m[0].length >= end) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** Strips a possessive `'s` so `regime's` can end a match on `regime`. */
function possessiveBase(w: string): string | null {
  return /['’‘]s$/i.test(w) && w.length > 2 ? w.slice(0, -2) : null;
}

export function compilePhraseMatcher<T extends { terms: string[]; exceptions?: string[] }>(entries: T[]): PhraseMatcher<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  let reach = 0;
  for (const entry of entries) {
    const exceptions = phraseRegex(entry.exceptions ?? []);
    for (const e of entry.exceptions ?? []) reach = Math.max(reach, e.length);
    for (const term of entry.terms) {
      const ws = words(term);
      if (!ws.length) continue;
      const phrase: Phrase<T> = {
        rest: ws.slice(1).map((w) => normWord(w.text)),
        gaps: ws.slice(1).map((w, i) => normGap(term.slice(ws[i].end, w.start))),
        entry,
        exceptions,
      };
      const key = normWord(ws[0].text);
      const list = byFirst.get(key) ?? [];
      // The first entry listing a term owns it; a repeat is ignored.
      if (!list.some((p) => p.rest.join(' ') === phrase.rest.join(' ') && p.gaps.join('|') === phrase.gaps.join('|'))) list.push(phrase);
      byFirst.set(key, list);
    }
  }
  // Longest phrase first, so `axis of evil` beats `axis` and `psychological warfare` beats `warfare`.
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);

  return {
    find(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
      const out: PhraseMatch<T>[] = [];
      const re = new RegExp(WORD.source, 'gu');
      re.lastIndex = from;
      // Do not start inside a word that began before `from`.
      if (from > 0 && WORD_CHAR.test(text[from - 1] ?? '') && WORD_CHAR.test(text[from] ?? '')) {
        while (re.lastIndex < to && WORD_CHAR.test(text[re.lastIndex])) re.lastIndex++;
      }
      const toks: { start: number; end: number; norm: string }[] = [];
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        const end = m.index + m[0].length;
        if (end > to) break;
        toks.push({ start: m.index, end, norm: normWord(m[0]) });
      }
      for (let i = 0; i < toks.length; i++) {
        const first = toks[i];
        const exact = byFirst.get(first.norm);
        const base = exact ? undefined : possessiveBase(first.norm);
        // `regime's` can be the one-word term `regime`, never the start of a longer phrase.
        const candidates = exact ?? (base ? byFirst.get(base)?.filter((p) => p.rest.length === 0) : undefined);
        if (!candidates) continue;
        let hit: { phrase: Phrase<T>; end: number; last: number } | null = null;
        for (const phrase of candidates) {
          const end = phrase.rest.length === 0 ? first.end - (exact ? 0 : 2) : phraseEnd(text, toks, i, phrase);
          if (end === null) continue;
          if (phrase.exceptions && insideException(phrase.exceptions, text, first.start, end, reach)) continue;
          hit = { phrase, end, last: i + phrase.rest.length };
          break;
        }
        if (!hit) continue;
        out.push({ start: first.start, end: hit.end, text: text.slice(first.start, hit.end), entry: hit.phrase.entry });
        i = hit.last;
      }
      return out;
    },
  };
}

/** End offset of the phrase starting at token i, or null when the following tokens differ. */
function phraseEnd<T>(text: string, toks: { start: number; end: number; norm: string }[], i: number, phrase: Phrase<T>): number | null {
  const n = phrase.rest.length;
  if (i + n >= toks.length) return null;
  for (let k = 0; k < n; k++) {
    const prev = toks[i + k];
    const tok = toks[i + k + 1];
    if (normGap(text.slice(prev.end, tok.start)) !== phrase.gaps[k]) return null;
    const last = k === n - 1;
    if (tok.norm !== phrase.rest[k] && !(last && possessiveBase(tok.norm) === phrase.rest[k])) return null;
  }
  const lastTok = toks[i + n];
  return lastTok.norm === phrase.rest[n - 1] ? lastTok.end : lastTok.end - 2;
}

export function compileTermMatcher(entries: LoadedTermEntry[]): TermMatcher {
  return compilePhraseMatcher(entries);
}

/** Hedges and intensifiers have no exceptions; same matching rules as loaded terms. */
export function compileHedgeMatcher(entries: HedgeEntry[]): PhraseMatcher<HedgeEntry> {
  return compilePhraseMatcher(entries);
}
