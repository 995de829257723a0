// The char-code scan for word runs finds exactly what the regexes it replaces match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexWords, isWordUnit, runEnd, wordHash, wordShapes, forEachWordRun } from '../src/word-runs.js';
import { adversarialText } from './property-helpers.js';
import { LETTER } from '../src/letters.js';

function runs(text: string, hyphen: boolean, words: string[] | null): [number, number][] {
  const out: [number, number][] = [];
  // Null: the runs the regex finds are the words asked for.
  const shapes = wordShapes(words ?? byRegex(text, hyphen).map(([s, e]) => text.slice(s, e)));
  forEachWordRun(text, hyphen, shapes, (s, e) => out.push([s, e]));
  return out;
}
function byRegex(text: string, hyphen: boolean): [number, number][] {
  const re = hyphen ? /[\p{L}\p{N}-]+/gu : /[\p{L}\p{N}]+/gu;
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}
const ALL = null;

describe('forEachWordRun', () => {
  it.each([
    ['Ali Shamkhani said', false, [[0, 3], [4, 13], [14, 18]]],
    ['al-Abadi’s', true, [[0, 8], [9, 10]]],
    ['al-Abadi’s', false, [[0, 2], [3, 8], [9, 10]]],
    ['𝐀b 😀 x', false, [[0, 3], [7, 8]]],
    ['', false, []],
  ] as [string, boolean, [number, number][]][])('%j (hyphen %s)', (text, hyphen, want) => {
    expect(runs(text, hyphen, ALL)).toEqual(want);
  });
  it('only runs with the first character and length of a word asked for', () => {
    expect(runs('Trump met Shamkhani and Tillerson, Shamkhanis', false, ['Shamkhani', 'Tillerson'])).toEqual([[10, 19], [24, 33]]);
    expect(runs('Trump met Shamkhani and Tillerson, Shamkhanis', false, ['Shamkhani', 'Tillersons'])).toEqual([[10, 19]]);
  });
  it('matches /[\\p{L}\\p{N}]+/gu and /[\\p{L}\\p{N}-]+/gu on random text', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 80 })), fc.boolean(), (text, hyphen) => {
        expect(runs(text, hyphen, ALL)).toEqual(byRegex(text, hyphen));
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
