// Unit rows for the phrase matcher: whole hyphenated words, apostrophes, exceptions, longest match,
// case, possessives and the [from, to) window.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePhraseMatcher, compileTermMatcher, wordEndFrom, wordStartFrom } from '../src/lexicon/match-terms.js';
import type { LoadedTermEntry } from '../src/types.js';

const entry = (id: string, terms: string[], exceptions: string[] = []): LoadedTermEntry => ({
  id,
  terms,
  exceptions,
  category: 'test',
  certainty: 'high',
  alternatives: [],
  explanation: 'x',
  sources: [],
  examples: { match: [], noMatch: [] },
  names: false,
  placeBefore: false,
  literalWith: [],
  file: 'test.yml',
});

const matcher = compileTermMatcher([
  entry('regime', ['regime', 'regimes'], ['sanctions regime', 'visa regime']),
  entry('revolutionary', ['revolutionary']),
  entry('anti-revolutionary', ['anti-revolutionary', 'anti-revolution']),
  entry('ill-wishers', ['ill-wishers']),
  entry('warfare', ['warfare']),
  entry('psychological-warfare', ['psychological warfare']),
  entry('axis-of-evil', ['axis of evil']),
  entry('dont', ["don't panic"]),
  entry('us-backed', ['U.S.-backed']),
  entry('plot', ['plots'], ['plots of land']),
]);

const found = (text: string, from?: number, to?: number) => matcher.find(text, from, to).map((m) => `${m.entry.id}@${m.start}:${m.text}`);

describe('compileTermMatcher', () => {
  it.each([
    { name: 'hyphenated word matches whole', text: 'some anti-revolutionary groups', expected: ['anti-revolutionary@5:anti-revolutionary'] },
    { name: 'part of a hyphenated word does not match', text: 'the anti-regime rally', expected: [] },
    { name: 'ill-wishers as one word', text: 'by the ill-wishers.', expected: ['ill-wishers@7:ill-wishers'] },
    { name: 'hyphen variant (U+2011)', text: 'by the ill‑wishers', expected: ['ill-wishers@7:ill‑wishers'] },
    { name: 'curly apostrophe in the text, straight in the term', text: 'Don’t panic, he said', expected: ['dont@0:Don’t panic'] },
    { name: 'possessive after the term', text: 'The Regime’s plots', expected: ['regime@4:Regime', 'plot@13:plots'] },
    { name: 'possessive of a hyphenated term', text: 'some anti-revolution’s groups', expected: ['anti-revolutionary@5:anti-revolution'] },
    { name: 'exception phrase skips the term', text: 'the sanctions regime and the regime', expected: ['regime@29:regime'] },
    { name: 'exception is case-insensitive', text: 'A new Visa Regime applies', expected: [] },
    { name: 'exception on another entry', text: 'plots of land and plots', expected: ['plot@18:plots'] },
    { name: 'longest match wins', text: 'psychological warfare and warfare', expected: ['psychological-warfare@0:psychological warfare', 'warfare@26:warfare'] },
    { name: 'phrase across a line break', text: 'an axis\nof evil', expected: ['axis-of-evil@3:axis\nof evil'] },
    { name: 'phrase with punctuation between words does not match', text: 'axis, of evil', expected: [] },
    { name: 'case-insensitive', text: 'AXIS OF EVIL', expected: ['axis-of-evil@0:AXIS OF EVIL'] },
    { name: 'term with dots', text: 'U.S.-backed forces', expected: ['us-backed@0:U.S.-backed'] },
    { name: 'not inside a longer word', text: 'regimental colours', expected: [] },
    { name: 'plural entry term', text: 'Regimes fall', expected: ['regime@0:Regimes'] },
    { name: 'offsets survive a letter whose lower case is longer (İ)', text: 'İSTANBUL: the regime', expected: ['regime@14:regime'] },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    { name: 'window excludes matches outside', from: 4, to: 17, expected: ['revolutionary@4:revolutionary'] },
    { name: 'window starting inside a word skips that word', from: 6, to: 32, expected: ['regime@26:regime'] },
    { name: 'match ending after the window is left out', from: 0, to: 28, expected: ['revolutionary@4:revolutionary'] },
  ])('$name', ({ from, to, expected }) => {
    expect(found('the revolutionary and the regime', from, to)).toEqual(expected);
  });

  it('returns matches sorted and non-overlapping', () => {
    const ms = matcher.find('regime plots, axis of evil, regime, psychological warfare');
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    expect(ms.map((m) => m.entry.id)).toEqual(['regime', 'plot', 'axis-of-evil', 'regime', 'psychological-warfare']);
  });
});

describe('compilePhraseMatcher', () => {
  it('works for any entry with terms (hedges, attribution forms)', () => {
    const m = compilePhraseMatcher([{ terms: ['reportedly', 'it is believed'] }, { terms: ['may'], exceptions: ['May 5'] }]);
    expect(m.find('It is believed he may come on May 5, reportedly.').map((x) => x.text)).toEqual(['It is believed', 'may', 'reportedly']);
  });
});

describe('possessive first words', () => {
  it('a bare word still matches when a longer phrase starting with its possessive does not', () => {
    const matcher = compilePhraseMatcher([{ terms: ['Iran'] }, { terms: ['Iran’s regime'] }]);
    expect(matcher.find('US seeks Iran’s help; Iran’s regime denied it.').map((m) => m.text)).toEqual(['Iran', 'Iran’s regime']);
  });
});

describe('the word scan', () => {
  // What the matcher's words were found with before the scan, run from lastIndex `from`.
  const WORD = /[\p{L}\p{N}]+(?:['’‘\-‐‑][\p{L}\p{N}]+)*/gu;
  const byRegex = (s: string, from: number) => {
    const out: [number, number][] = [];
    WORD.lastIndex = from;
    for (let m = WORD.exec(s); m; m = WORD.exec(s)) out.push([m.index, m.index + m[0].length]);
    return out;
  };
  const byScan = (s: string, from: number) => {
    const out: [number, number][] = [];
    for (let i = wordStartFrom(s, from); i < s.length; i = wordStartFrom(s, out[out.length - 1][1])) out.push([i, wordEndFrom(s, i)]);
    return out;
  };
  const piece = fc.constantFrom('a', 'Zé', '9', ' ', "'", '’', '‘', '-', '‐', '‑', '--', "''", '.', 'e\u0301', '𝐀', '😀', '\uD835', '\uDC00', '中', 'İ', '\n', '_');

  it('finds the words the regex finds, from any start (inside a surrogate pair too)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.nat(), (s, k) => {
        const from = s.length ? k % (s.length + 1) : 0;
        expect(byScan(s, from)).toEqual(byRegex(s, from));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['anti-revolutionary', 0, [[0, 18]]],
    ["don't panic", 0, [[0, 5], [6, 11]]],
    ['a𝐀𝐁c', 2, [[1, 6]]],
    ['x - y', 0, [[0, 1], [4, 5]]],
  ])('%s from %i', (s, from, expected) => expect(byScan(s, from)).toEqual(expected));
});
