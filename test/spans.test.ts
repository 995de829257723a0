// The span look-ups shared by every stage: the indexed overlap query against the look-back one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushOverlapping, reachOf, spansOverlapping } from '../src/spans.js';

const spans = fc
  .array(fc.tuple(fc.nat(200), fc.nat(120)), { maxLength: 40 })
  .map((pairs) => pairs.map(([start, length]) => ({ start, end: start + length })).sort((a, b) => a.start - b.start));

describe('pushOverlapping', () => {
  it('finds what spansOverlapping finds, a long span before short ones included', () => {
    fc.assert(
      fc.property(spans, fc.nat(250), fc.nat(60), (sorted, start, length) => {
        const longest = sorted.reduce((n, p) => Math.max(n, p.end - p.start), 0);
        const out: { start: number; end: number }[] = [];
        pushOverlapping(sorted, reachOf(sorted), start, start + length, out);
        expect(out).toEqual(spansOverlapping(sorted, start, start + length, longest));
      }),
    );
  });

  it('reaches back past spans that end early to one that covers the position', () => {
    const sorted = [{ start: 0, end: 100 }, { start: 10, end: 20 }, { start: 30, end: 40 }, { start: 50, end: 60 }];
    const out: { start: number; end: number }[] = [];
    pushOverlapping(sorted, reachOf(sorted), 45, 55, out);
    expect(out).toEqual([{ start: 0, end: 100 }, { start: 50, end: 60 }]);
  });
});
