// detectOutlet's asset lookup skips lower-casing a text that names no asset: the same answer as
// lower-casing every text and looking for each asset in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectOutlet } from '../src/segment/detect-outlet.js';
import { OUTLET_BRANDS } from '../src/segment/known-sources.js';

const byLowerCase = (text: string) => {
  const lower = text.toLowerCase();
  return OUTLET_BRANDS.find((b) => b.assets?.some((a) => lower.includes(a)))?.name ?? null;
};
const body = (text: string) => [{ kind: 'body' as const, start: 0, end: text.length }];

describe('detectOutlet by asset', () => {
  it.each([
    ['photo /alalam_635.jpg', 'Al-Alam'],
    ['see PRESSTV.IR for more', 'Press TV'],
    ['FarsNews.com reported', byLowerCase('FarsNews.com reported')],
    ['\u0130ranfocus.com', byLowerCase('\u0130ranfocus.com')],
    ['nothing here', null],
  ])('%j → %j', (text, outlet) => {
    expect(detectOutlet(text, body(text))).toBe(outlet);
  });
  it('matches lower-casing the whole text on random text', () => {
    const piece = fc.constantFrom(...OUTLET_BRANDS.flatMap((b) => b.assets ?? []), 'MEHRNEWS.COM', 'Alalam.IR', '\u212A', '\u0130', 'İ', 'ſ', 'x', ' ', '.', '/', 'com', 'news');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((ps) => ps.join('')), (text) => {
        expect(detectOutlet(text, body(text))).toBe(byLowerCase(text));
      }),
      { numRuns: 2000 },
    );
  });
});
