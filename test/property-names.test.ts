// Random text built from the pieces the name rules read (honorifics, capitalised words, `He`):
// the people found by an honorific are in range and named by the text they cover, and `heIsName`
// answers for every position without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHonorificNamedPeople } from '../src/actors/honorific-named-people.js';
import { heIsName } from '../src/name-he.js';
import { indexWords } from '../src/word-runs.js';
import { RUNS } from './property-helpers.js';

const piece = fc.constantFrom('Ms.', 'Mr.', 'Dr.', 'He', 'he', 'Liu', 'Kashiya', 'Nwanguma', 'When', 'Capitol', 'Hill', 'said', 'the', '’s', "'", 'Won’t', '“', '”', 'É', '\uD835');
const gap = fc.constantFrom(' ', '  ', '\n', '', '.', ', ', '-');
const noise = fc.array(fc.tuple(piece, gap), { maxLength: 20 }).map((ps) => ps.map(([p, g]) => p + g).join(''));
// (Noise around a name and its honorific, so that the rule both finds people and is tried at edges.)
const text = fc.tuple(noise, fc.constantFrom('Kashiya Nwanguma', 'Liu He', 'Capitol Hill', ''), noise, fc.constantFrom('Ms. Nwanguma', 'Mr. He', 'Mr. Hill', ''), noise).map((parts) => parts.join(' '));

describe('property: names from honorifics and the name He', () => {
  it('people found by an honorific are in range and named as written', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const p of findHonorificNamedPeople(t, new Map(), indexWords(t))) {
          found++;
          expect(p.start >= 0 && p.start < p.end && p.end <= t.length).toBe(true);
          expect(t.slice(p.start, p.end)).toBe(p.name);
        }
        for (let i = 0; i < t.length; i++) expect(typeof heIsName(t, i)).toBe('boolean');
      }),
      { ...RUNS, numRuns: 400 },
    );
    expect(found).toBeGreaterThan(0);
  });
});
