// The char-code scan for word runs finds exactly what the regexes it replaces match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachHyphenRun, indexWords, isWordUnit, runEnd, wordHash } from '../src/word-runs.js';
import { WordFilter } from '../src/word-filter.js';
import { adversarialText } from './property-helpers.js';
import { LETTER } from '../src/letters.js';

function byRegex(text: string, hyphen: boolean): [number, number][] {
  const re = hyphen ? /[\p{L}\p{N}-]+/gu : /[\p{L}\p{N}]+/gu;
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** The hyphen runs forEachHyphenRun visits when looking for words whose first runs are `firsts`. */
function hyphenRuns(text: string, firsts: string[]): [number, number][] {
  const out: [number, number][] = [];
  forEachHyphenRun(text, indexWords(text), new WordFilter(firsts), (s, e) => out.push([s, e]));
  return out;
}

describe('forEachHyphenRun', () => {
  it.each([
    ['Ali Shamkhani said', ['Shamkhani'], [[4, 13]]],
    ['al-Abadi’s and Abadi-', ['al', 'Abadi'], [[0, 8], [15, 21]]],
    ['x-al-Abadi --Abadi', ['al', 'Abadi'], []],
    ['𝐀b-c 😀 x', ['𝐀b'], [[0, 5]]],
    ['', ['x'], []],
  ] as [string, string[], [number, number][]][])('%j', (text, firsts, want) => {
    expect(hyphenRuns(text, firsts)).toEqual(want);
  });
  it('visits every run of /[\\p{L}\\p{N}-]+/gu opening with a letter or digit, when asked for all first runs', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        const firsts = byRegex(text, false).map(([s, e]) => text.slice(s, e));
        expect(hyphenRuns(text, firsts)).toEqual(byRegex(text, true).filter(([s]) => text[s] !== '-'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isWordUnit', () => {
  it('is /[\\p{L}\\p{N}]/u on every code unit alone (false for half a surrogate pair)', () => {
    const re = /[\p{L}\p{N}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWordUnit(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
    expect([isWordUnit(65), isWordUnit(0x4e2d), isWordUnit(0xd835), isWordUnit(32)]).toEqual([true, true, false, false]);
  });
});

describe('indexWords', () => {
  const OTHER_LETTER = new RegExp(`(?![${LETTER}0-9])[\\p{L}\\p{N}]`, 'u');
  const indexed = (text: string) => {
    const w = indexWords(text);
    return Array.from({ length: w.count }, (_, r) => [w.starts[r], w.ends[r], w.hashes[r]]);
  };
  it.each([
    ['Ali Shamkhani said', [[0, 3], [4, 13], [14, 18]]],
    ['al-Abadi’s', [[0, 2], [3, 8], [9, 10]]],
    ['𝐀b 😀 x', [[0, 3], [7, 8]]],
    ['', []],
  ] as [string, [number, number][]][])('%j', (text, want) => {
    expect(indexed(text)).toEqual(want.map(([s, e]) => [s, e, wordHash(text.slice(s, e))]));
  });
  it('finds the runs of /[\\p{L}\\p{N}]+/gu, each hashed as wordHash hashes its text, on random text', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 400 }), fc.string({ unit: fc.constantFrom('a', ' ', 'é', '²', '中', '\u0301', 'Ω'), maxLength: 12 })), (text) => {
        expect(indexed(text)).toEqual(byRegex(text, false).map(([s, e]) => [s, e, wordHash(text.slice(s, e))]));
        expect(indexWords(text).otherLetters).toBe(OTHER_LETTER.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('runEnd', () => {
  it('read from each run end on, gives the runs of /[\\p{L}\\p{N}]+/gu on random text', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        const runs: [number, number][] = [];
        for (let i = 0, start = 0; i < text.length; start = i) {
          i = runEnd(text, i);
          if (i === start) i++;
          else runs.push([start, i]);
        }
        expect(runs).toEqual(byRegex(text, false));
      }),
      { numRuns: 2000 },
    );
  });
});
