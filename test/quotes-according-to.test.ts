// The `according to` lookup of attributeAccordingTo, indexed once per text, finds what a regex
// search of the slice between the closing mark and the clause end found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accordingToBetween } from '../src/quotes/attribute.js';

const bySlice = (text: string, from: number, to: number) => {
  const at = text.slice(from, to).search(/\baccording to\b/);
  return at < 0 ? -1 : from + at;
};
const piece = fc.constantFrom('according to', 'according to', 'according tox', 'xaccording to', 'According to', ' ', ',', '”', '“', 'a', 'to', 'the survey', '_', 'é', '\n');

describe('accordingToBetween', () => {
  it.each([
    ['”, according to the survey', 0, 26, 3],
    ['”, according tox', 0, 17, -1],
    ['”, according tox', 0, 15, 3],
    ['xaccording to', 1, 13, 1],
    ['xaccording to', 0, 13, -1],
  ] as [string, number, number, number][])('%j [%d, %d) -> %d', (text, from, to, want) => {
    expect(accordingToBetween(text, from, to)).toBe(want);
    expect(bySlice(text, from, to)).toBe(want);
  });
  it('matches the slice search on random text and ranges, several ranges per text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((ps) => ps.join('')), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (text, ranges) => {
        for (const [a, b] of ranges) {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          expect(accordingToBetween(text, from, to)).toBe(bySlice(text, from, to));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
