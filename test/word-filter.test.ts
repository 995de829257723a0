// A word filter never turns away a word it holds; it turns away nearly every other word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordFilter } from '../src/word-filter.js';
import { wordHash } from '../src/word-runs.js';
import { RUNS } from './property-helpers.js';

describe('WordFilter', () => {
  const filter = new WordFilter(['said', 'PAC', 'e-mailed', 'Ægir']);
  it.each([
    ['said', true],
    ['PAC', true],
    ['e-mailed', true],
    ['Ægir', true],
    ['Said', false],
    ['pac', false],
    ['the', false],
    ['', false],
  ])('%j: %s', (word, held) => {
    expect(filter.mayHave(wordHash(word))).toBe(held);
  });

  it('holds every word it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (words) => {
        const f = new WordFilter(words);
        for (const w of words) expect(f.mayHave(wordHash(w))).toBe(true);
      }),
      RUNS,
    );
  });

  it('turns away most other words', () => {
    const f = new WordFilter(Array.from({ length: 100 }, (_, i) => `word${i}`));
    const passed = Array.from({ length: 10000 }, (_, i) => `other${i}`).filter((w) => f.mayHave(wordHash(w))).length;
    expect(passed).toBeLessThan(100);
  });
});
