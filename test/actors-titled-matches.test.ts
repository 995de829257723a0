// The title pattern is tried only where a word that opens a title starts. It must yield what the
// pattern as a global regex yields over the whole text, on news-like and adversarial text (with
// letters outside LETTER, where a title may start inside a word of the word index).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPOSITIVE, capitalStarts, findTitledPeople, matchesAt, SPEAKING, TITLED, titledMatches } from '../src/actors/titled-people.js';
import { adversarialText, newsLikeText } from './property-helpers.js';
import { indexWords } from '../src/word-runs.js';

const GLOBAL = new RegExp(TITLED.source, 'g');
const shape = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.groups?.title, m.groups?.name]);

describe('titledMatches', () => {
  it.each([
    'Deputy Foreign Minister Abbas Araghchi said',
    'Secretary-General Ban Ki-moon and Secretary of State John Kerry',
    'Sen.Bob Menendez, Sen. Bob Menendez, xSen. Bob Menendez, Sen2. Bob',
    'former President Barack Obama; Presidents Obama; President\u0301 Obama',
    'Mr. Big met Mr. John Smith and Dr. Ali Akbar Velayati',
    '中President Xi Jinping, ²Senator John Smith',
  ])('%j', (text) => {
    expect(shape(titledMatches(text))).toEqual(shape(text.matchAll(GLOBAL)));
    expect(titledMatches(text).length).toBeGreaterThan(0);
  });

  it('yields what the global regex yields on random text', () => {
    const piece = fc.constantFrom('Deputy', 'Foreign', 'Minister', 'Prime', 'President', 'Secretary', 'of', 'State', '-General', 'Sen.', 'Sen', 'Mr.', 'former', 'spokesman', 'MP', 'official', 'John', 'Smith', 'Ali', 'al-', 'Abadi', 'J.', 'é', '\u0301', '2', 'x', 'Ægir', 'Žan', '中', '²', 'ا', '𝐀');
    const gap = fc.constantFrom(' ', ' ', '  ', '\n', '', '.', ', ', '-');
    const text = fc.oneof(adversarialText, fc.array(fc.tuple(piece, gap), { maxLength: 24 }).map((ps) => ps.map(([p, g]) => p + g).join('')));
    fc.assert(
      fc.property(text, (t) => {
        expect(shape(titledMatches(t))).toEqual(shape(t.matchAll(GLOBAL)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('APPOSITIVE and SPEAKING tried only at capitals', () => {
  const global = (re: RegExp) => new RegExp(re.source, 'g');
  const both = (t: string) => [APPOSITIVE, SPEAKING].map((re) => ({ at: shapeOf(matchesAt(t, re, capitalStarts(t))), all: shapeOf(t.matchAll(global(re))) }));
  // The capitals read off the word index are those of the scan over every character.
  const sameCapitals = (t: string) => expect(capitalStarts(t, indexWords(t))).toEqual(capitalStarts(t));
  const shapeOf = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.groups?.name, m.groups?.role]);

  it.each([
    'John Smith, the British envoy, met Ali Akbar Velayati, a senior adviser.',
    'John Smith said. Mary Jones told reporters; x.Jane Doe said, 2Bob Roe said, éAnn Lee said',
    'Sen. Bob Menendez said it. Secretary of State John Kerry warned',
    // After a full stop an appositive may start, a speaker may not.
    'x.Jane Doe, the British envoy. x.Jane Doe said',
  ])('%j', (t) => {
    for (const { at, all } of both(t)) expect(at).toEqual(all);
    expect(both(t).some(({ all }) => all.length > 0)).toBe(true);
    sameCapitals(t);
  });

  it('yield what the global regexes yield on random text', () => {
    const piece = fc.constantFrom('John', 'Smith', 'Ali', 'al-', 'Abadi', 'J.', 'Mr.', ',', ', the', ', a', 'who is', 'envoy', 'minister', 'leader', 'said', 'told', 'says', 'é', 'É', '\u0301', '\u03A2ohn', '\u0374', '2', 'x', '.', 'Ægir', 'Žan', '中', '²', '𝐀', 'de');
    const gap = fc.constantFrom(' ', ' ', '  ', '\n', '', '.', ', ', '-');
    const text = fc.oneof(adversarialText, newsLikeText, fc.array(fc.tuple(piece, gap), { maxLength: 24 }).map((ps) => ps.map(([p, g]) => p + g).join('')));
    fc.assert(
      fc.property(text, (t) => {
        for (const { at, all } of both(t)) expect(at).toEqual(all);
        sameCapitals(t);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a name whose words are parted by other white space than one space', () => {
  it.each([
    ['a no-break space', 'Speaker Newt\u00a0Gingrich said the bill would pass.'],
    ['a line break', 'Speaker Newt\nGingrich said the bill would pass.'],
    ['a thin space', 'Speaker Newt\u2009Gingrich said the bill would pass.'],
  ])('%s: the span is the name as written, and the name is one', (_name, text) => {
    const people = findTitledPeople(text).filter((t) => t.name === 'Newt Gingrich');
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect([p.start, p.end]).toEqual([8, 21]);
  });
});
