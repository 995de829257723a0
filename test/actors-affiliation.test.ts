// affiliationIn reads the row of each match off its numbered groups: it must give what reading
// named groups off `matchAll` gave, the row of the last match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affiliationIn } from '../src/actors/affiliation.js';

// The rows as they were, and the reading of them by named groups.
const ROWS: [string, string][] = [
  ['US|U\\.S\\.|USA|American|America[’\']s|Washington[’\']s|Republican|Democratic', 'united-states'],
  ['Iranian|Iran[’\']s|Iran', 'iran'],
  ['British|UK|U\\.K\\.|Britain[’\']s', 'united-kingdom'],
  ['North Korean', 'north-korea'],
  ['South Korean', 'south-korea'],
  ['UN|U\\.N\\.|United Nations', 'united-nations'],
  ['EU|European Union', 'european-union'],
  ['ISIL|ISIS|Daesh', 'isil'],
];
const NAMED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ROWS.map(([alts], i) => `(?<g${i}>${alts})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
function byNamedGroups(words: string): string | null {
  let found: string | null = null;
  for (const m of words.matchAll(NAMED)) {
    const i = ROWS.findIndex((_, k) => m.groups![`g${k}`] !== undefined);
    if (i >= 0) found = ROWS[i][1];
  }
  return found;
}

describe('affiliationIn', () => {
  it.each([
    ['US Secretary of State', 'united-states'],
    ['the Iran’s and UK envoy', 'united-kingdom'],
    ['former U.S. and then UN official', 'united-nations'],
    ['USA USAF Iranian-born', 'iran'],
    ['xIran Iran2 ISIS', 'isil'],
    ['South Korean and North Korean', 'north-korea'],
    ['nothing here', null],
  ])('%j', (words, want) => {
    expect(affiliationIn(words)).toBe(want);
    expect(affiliationIn(words)).toBe(affiliationIn(words));
  });

  it('gives the row of the last match, as named groups did, on random words', () => {
    const piece = fc.constantFrom('US', 'U.S.', 'USA', 'American', 'America’s', "Washington's", 'Iran', 'Iranian', 'Iran’s', 'UK', 'U.K.', 'British', 'North Korean', 'South', 'Korean', 'UN', 'U.N.', 'United Nations', 'EU', 'European Union', 'Daesh', 'ISIS', 'x', '2', 'é', 'the', 'envoy');
    const gap = fc.constantFrom(' ', '', '-', ', ', '.');
    const words = fc.array(fc.tuple(piece, gap), { maxLength: 10 }).map((ps) => ps.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(words, (w) => {
        expect(affiliationIn(w)).toBe(byNamedGroups(w));
      }),
      { numRuns: 2000 },
    );
  });
});
