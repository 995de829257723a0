// Pronouns and bare titles are looked for at the words that can open them (from the article's
// word index). They must be what the patterns as global regexes find over the whole text (less a
// `He` that is part of a name, `Liu He`, which src/name-he.ts tells).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARE_TITLE, bareTitlesIn, PRONOUN, pronounsIn } from '../src/actors/anaphora.js';
import { heIsName } from '../src/name-he.js';
import { indexWords } from '../src/word-runs.js';
import { adversarialText } from './property-helpers.js';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.groups?.title]);
const globally = (re: RegExp, text: string) => text.matchAll(new RegExp(re.source, 'giu'));

function check(text: string): number {
  const words = indexWords(text);
  const pronouns = pronounsIn(text, words);
  expect(shape(pronouns)).toEqual(shape([...globally(PRONOUN, text)].filter((m) => !heIsName(text, m.index ?? 0))));
  const titles = bareTitlesIn(text, words);
  expect(shape(titles)).toEqual(shape(globally(BARE_TITLE, text)));
  return pronouns.length + titles.length;
}

describe('pronouns and bare titles from the word index', () => {
  it.each(['He said his aide told her; SHE and ſhe; him2 xhe he’s', 'The Spokesman and the\nprime minister; the  judges; the judge.', ''])('%j', (text) => {
    expect(check(text)).toBeGreaterThanOrEqual(text ? 3 : 0);
  });
  it('finds what the global regexes find on random text', () => {
    const piece = fc.constantFrom('he', 'He', 'HE', 'she', 'ſhe', 'Shé', 'him', 'his', 'her', 'hers', 'the', 'The', 'THE', 'senator', 'prime', 'minister', 'judge', 'x', '1', 'é', '𝐀', '\uD835', 'K');
    const gap = fc.constantFrom(' ', '  ', '\n', '', '.', ', ', '-', "'");
    const text = fc.oneof(adversarialText, fc.array(fc.tuple(piece, gap), { maxLength: 24 }).map((ps) => ps.map(([p, g]) => p + g).join('')));
    let n = 0;
    fc.assert(fc.property(text, (t) => void (n += check(t))), { numRuns: 3000 });
    expect(n).toBeGreaterThan(1000);
  });
});
