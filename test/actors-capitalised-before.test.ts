// capitalisedWordBefore is the cheap test before the regexes that look back from a surname for a
// given name or a capitalised word: where it says no, neither regex may match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedWordBefore } from '../src/actors/find-actors.js';
import { adversarialText, newsLikeText } from './property-helpers.js';

// The regexes as find-actors.ts has them, over the same windows.
const GIVEN_NAME_BEFORE = /(?<![\p{L}\p{N}.])(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)\s+$/u;
const CAPITALISED_BEFORE = /(?:^|([.!?:;"“”]?)\s+)(\p{Lu}\p{Ll}+)[ \u00a0]$/u;
const regexSays = (text: string, at: number) => [
  [GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, at - 40), at)), capitalisedWordBefore(text, at, 40)],
  [CAPITALISED_BEFORE.test(text.slice(Math.max(0, at - 30), at)), capitalisedWordBefore(text, at, 30)],
];

describe('capitalisedWordBefore', () => {
  it.each([
    ['Donald Trump', 7, true],
    ['said Trump', 5, false],
    ['the Trump', 4, false],
    ['Trump', 0, false],
    ['Hillary  Clinton', 9, true],
    ['Élise Clinton', 6, true],
    ['Bill\u00a0Clinton', 5, true],
    ['2 Clinton', 2, false],
    ['McDonald Trump', 9, true],
  ])('%j at %i', (text, at, want) => {
    expect(capitalisedWordBefore(text, at, 40)).toBe(want);
  });

  it('says no only where neither regex matches', () => {
    const piece = fc.constantFrom('Bill', 'Hillary', 'Clinton', 'said', 'the', 'Mc', 'É', 'é', 'ñ', 'A', 'x', '2', '.', ',', '“', '\u00a0', '\t', '\n', '  ', ' ');
    const text = fc.oneof(adversarialText, newsLikeText, fc.array(piece, { maxLength: 30 }).map((ps) => ps.join('')));
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at <= t.length; at++) for (const [matches, may] of regexSays(t, at)) if (matches) expect(may).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
