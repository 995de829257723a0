// The loaded terms' first words are found by a trie walked from each word start. At every
// position it must find what the regex it replaced found there: the words as alternatives,
// longest first, inside the whole-word look-arounds (no letter, digit, or joining hyphen or
// apostrophe on either side; a possessive `'s` may follow).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWord, KeyTrie } from '../src/lexicon/key-trie.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { runEnd, wordAt, wordBefore } from '../src/word-runs.js';

const lex = loadLexicons();
const firstWords = [...new Set(lex.loaded.flatMap((e) => e.terms).map((t) => /^[\p{L}\p{N}]+(?:['’‘\-‐‑][\p{L}\p{N}]+)*/u.exec(t.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-'))?.[0] ?? ''))].filter(Boolean);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regex as it was (a flat list, longest first, finds what its trie form found), sticky. */
function regexOf(words: string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]['-])(?:${alternatives})(?![\\p{L}\\p{N}])(?!-[\\p{L}\\p{N}])(?!'(?!s(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}])`, 'uy');
}

/** What the matcher takes from the trie at p: nothing unless p starts a word not joined to the one before. */
function trieAt(trie: KeyTrie, low: string, p: number): string | null {
  const joined = p > 0 && (low[p - 1] === "'" || low[p - 1] === '-') && wordBefore(low, p - 1);
  if (!wordAt(low, p) || wordBefore(low, p) || joined) return null;
  return trie.longestAt(low, p, runEnd(low, p), endsWord);
}

function compare(words: string[], low: string): number {
  const trie = new KeyTrie(words);
  const re = regexOf(words);
  let hits = 0;
  for (let p = 0; p < low.length; p++) {
    // A `u` regex never starts inside a surrogate pair.
    if (p > 0 && /[\uDC00-\uDFFF]/.test(low[p]) && /[\uD800-\uDBFF]/.test(low[p - 1])) continue;
    re.lastIndex = p;
    const want = re.exec(low)?.[0] ?? null;
    expect([p, trieAt(trie, low, p)]).toEqual([p, want]);
    if (want) hits++;
  }
  return hits;
}

describe('the key trie', () => {
  it.each([
    ["the regime's men", ['regime'], 1],
    ['anti-regime rally', ['regime', 'anti-regime'], 1],
    ["don't panic", ['don', "don't"], 1],
    ['regimes regime-change regime', ['regime', 'regimes'], 2],
    ["iran's regime", ["iran's", 'iran', 'regime'], 2],
    ['𝐀regime regime𝐀 regime', ['regime'], 1],
  ] as [string, string[], number][])('%j', (low, words, hits) => {
    expect(compare(words, low)).toBe(hits);
  });

  it('finds what the regex found in random text made of the loaded terms', () => {
    const word = fc.constantFrom(...firstWords).chain((w) => fc.constantFrom(w, w.slice(0, -1), `${w}s`, `${w}'s`, `${w}-x`, `x-${w}`, `${w}'t`));
    const glue = fc.constantFrom(' ', "'", '-', "'s", 'é', '1', '.', '\n', '𝐀', '\uD835', 's', '');
    const text = fc.array(fc.oneof(word, glue, fc.string({ maxLength: 3 }).map((s) => s.toLowerCase())), { maxLength: 20 }).map((parts) => parts.join(parts.length % 3 ? ' ' : ''));
    let hits = 0;
    fc.assert(fc.property(text, (low) => void (hits += compare(firstWords, low))), { numRuns: 400 });
    expect(hits).toBeGreaterThan(100);
  });
});
