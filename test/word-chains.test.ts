// The word chains give, for each word of the index, exactly the runs with its hash, in text order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexWords, wordHash } from '../src/word-runs.js';
import { firstWithHash } from '../src/word-chains.js';
import { adversarialText } from './property-helpers.js';

/** The runs the chain of `hash` holds, in chain order. */
function chain(text: string, hash: number): number[] {
  const { chains } = indexWords(text);
  const out: number[] = [];
  for (let r = firstWithHash(chains, hash); r >= 0; r = chains.next[r]) out.push(r);
  return out;
}

describe('word chains', () => {
  it('finds each word where it occurs, and nothing for a word that does not', () => {
    const text = 'Lee met Ann Lee; LEE and lee left. Lee';
    const { starts } = indexWords(text);
    expect(chain(text, wordHash('Lee')).map((r) => starts[r])).toEqual([0, 12, 35]);
    expect(chain(text, wordHash('lee'))).toHaveLength(1);
    expect(chain(text, wordHash('Smith'))).toEqual([]);
    expect(chain('', wordHash('x'))).toEqual([]);
  });
  it('chains every run under its own hash, in text order', () => {
    fc.assert(
      fc.property(fc.oneof(adversarialText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const { count, hashes } = indexWords(text);
        for (const h of new Set(hashes.subarray(0, count))) {
          const want = [...hashes.subarray(0, count).keys()].filter((r) => hashes[r] === h);
          expect(chain(text, h)).toEqual(want);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
