// candidates() in first-named-people.ts reads the first name by a scan over char codes (or the
// starts of the word index's runs) and runs the name pattern only there: it must yield what the
// global regex yields, filtered by first name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATE, candidates } from '../src/actors/first-named-people.js';
import type { Gender } from '../src/quotes/gender.js';
import { indexWords } from '../src/word-runs.js';

// Characters at and just outside the ends of the capital ranges the scan reads (letters.ts UPPER).
const EDGES = ['@', 'A', 'Z', '[', '\u00BF', '\u00C0', '\u00D6', '\u00D7', '\u00D8', '\u00DE', '\u00DF', '\u00FF', '\u0100', '\u017F', '\u0180', '\u0390', '\u0391', '\u03A2', '\u03A9', '\u03AA', '\u03FF', '\u0400', '\u042F', '\u0430', '\u1DFF', '\u1E00', '\u1EFF', '\u1F00'];
const FIRST_NAMES = new Map<string, Gender>([
  ['roger', 'male'], ['joe', 'male'], ['sarah', 'female'], ['ana', 'female'],
  ...EDGES.map((c): [string, Gender] => [`${c}ana`.toLowerCase(), 'female']),
]);

/** The loop candidates() replaced: every match of the global regex, kept when its first name is known. */
const byGlobalRegex = (text: string) => [...text.matchAll(CANDIDATE)].filter((m) => FIRST_NAMES.has(m.groups!.first.toLowerCase()));
const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m.groups!.name, m.groups!.first]);

describe('first-name candidates', () => {
  it.each<[string, string[]]>([
    ['Roger J. Stone Jr. met Joe Arpaio.', ['Roger J. Stone Jr.', 'Joe Arpaio']],
    ['Sheriff Joe Arpaio and Sarah Huckabee Sanders', ['Joe Arpaio', 'Sarah Huckabee Sanders']],
    ['ROGER Stone, Rogers Stone, xRoger Stone, Roger\nStone', []],
    ['Ana Ñúñez and Ωana Ρόδου', ['Ana Ñúñez', 'Ωana Ρόδου']],
    ['\u03A2ana Stone, a capital of the ranges that is no letter', ['\u03A2ana Stone']],
  ])('%s', (text, names) => {
    expect(candidates(text, FIRST_NAMES).map((m) => m.groups!.name)).toEqual(names);
    expect(candidates(text, FIRST_NAMES, indexWords(text)).map((m) => m.groups!.name)).toEqual(names);
  });

  it('yields what the global regex yields, for any text', () => {
    const piece = fc.oneof(
      fc.constantFrom('Roger', 'Joe', 'Sarah', 'Ana', 'Stone', 'J.', 'Jr.', 'III', 'Monday', 'The', 'the', 'ROGER', "O'Neil", 'Ñúñez', ' ', '  ', '\n', '.', ',', "'", '’', 'x', '1', '-'),
      fc.constantFrom(...EDGES).map((c) => `${c}ana`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
        expect(shape(candidates(text, FIRST_NAMES))).toEqual(shape(byGlobalRegex(text)));
        expect(shape(candidates(text, FIRST_NAMES, indexWords(text)))).toEqual(shape(byGlobalRegex(text)));
      }),
      { numRuns: 3000 },
    );
  });
});
