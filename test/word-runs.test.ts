// The char-code scan for word runs finds exactly what the regexes it replaces match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstUnits, forEachWordRun } from '../src/word-runs.js';
import { adversarialText } from './property-helpers.js';

function runs(text: string, hyphen: boolean, firsts: Set<number>): [number, number][] {
  const out: [number, number][] = [];
  forEachWordRun(text, hyphen, firsts, (s, e) => out.push([s, e]));
  return out;
}
function byRegex(text: string, hyphen: boolean, firsts: Set<number>): [number, number][] {
  const re = hyphen ? /[\p{L}\p{N}-]+/gu : /[\p{L}\p{N}]+/gu;
  return [...text.matchAll(re)].filter((m) => firsts.has(m[0].charCodeAt(0))).map((m) => [m.index, m.index + m[0].length]);
}
const ALL = new Set(Array.from({ length: 0x10000 }, (_, i) => i));

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
  it('only runs whose first code unit is asked for', () => {
    expect(runs('Trump met Shamkhani and Tillerson', false, firstUnits(['Shamkhani', 'Tillerson']))).toEqual([[0, 5], [10, 19], [24, 33]]);
  });
  it('matches /[\\p{L}\\p{N}]+/gu and /[\\p{L}\\p{N}-]+/gu on random text', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 80 })), fc.boolean(), (text, hyphen) => {
        expect(runs(text, hyphen, ALL)).toEqual(byRegex(text, hyphen, ALL));
      }),
      { numRuns: 2000 },
    );
  });
});
