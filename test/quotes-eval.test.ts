// The quote scorer's name-level figure and miss causes, on hand-made gold: who, by name, counts a
// pronoun only when it is resolved to its antecedent; each miss says what went wrong.
import { describe, expect, it } from 'vitest';
import { figures, nameMatches, scoreQuotes, type GoldQuote } from '../src/eval/score-quotes.js';
import type { Quote, Speaker } from '../src/types.js';

const speaker = (name: string, start: number, end: number): Speaker => ({ name, start, end, anonymous: false, resolvedBy: 'pronoun' });
const heGold: GoldQuote = { start: 0, end: 10, text: 'x', type: 'direct', speaker: 'he', speakerStart: 20, speakerEnd: 22, speakerIsPronoun: true, speakerCorefSilver: { text: 'he', nearestProperAntecedent: { text: 'Ali Shamkhani' } } };

describe('who, by name', () => {
  it.each([
    ['a pronoun resolved to its antecedent', heGold, speaker('Ali Shamkhani', 20, 22), true],
    ['a pronoun resolved to someone else', heGold, speaker('Sean McCormack', 20, 22), false],
    ['a pronoun left bare', heGold, speaker('he', 20, 22), false],
    ['no speaker', heGold, null, false],
    ['a pronoun whose antecedent is no proper name cannot be judged', { ...heGold, speakerCorefSilver: { text: 'he', nearestProperAntecedent: { text: 'he' } } }, speaker('X', 20, 22), null],
    ['a name matched by its mention', { ...heGold, speaker: 'Shamkhani', speakerIsPronoun: false }, speaker('Ali Shamkhani', 20, 30), true],
  ] as const)('%s', (_name, gold, got, expected) => {
    expect(nameMatches(gold, got)).toBe(expected);
  });

  it('scores nameAcc apart from speaker accuracy and gives each miss a cause', () => {
    const text = '“We will examine it,” he said. “It is late,” she said. “Enough,” it said.';
    const quote = (start: number, end: number, s: Speaker | null): Quote => ({ id: 'q', start, end, text: text.slice(start, end), contents: [{ start, end, text: text.slice(start, end) }], kind: 'direct', cue: null, speaker: s, segment: 'body' });
    const he = text.indexOf('he said'), she = text.indexOf('she said');
    const gold = [
      { ...heGold, start: 1, end: 19, speakerStart: he, speakerEnd: he + 2 },
      { ...heGold, start: 32, end: 42, speaker: 'she', speakerStart: she, speakerEnd: she + 3, cue: 'said', speakerCorefSilver: { text: 'she', nearestProperAntecedent: { text: 'Mary Jones' } } },
      { ...heGold, start: 56, end: 63, speaker: 'The panel', speakerIsPronoun: false, speakerStart: 0, speakerEnd: 0, cue: 'intoned' },
    ];
    const quotes = [quote(1, 19, speaker('Ali Shamkhani', he, he + 2)), quote(32, 42, speaker('Ali Shamkhani', she, she + 3)), quote(56, 63, speaker('it', 65, 67))];
    const score = scoreQuotes([{ gold: { id: 'a', text, outlet: 'o', quotes: gold }, quotes }], undefined, (w) => w === 'said');
    expect(figures(score.total)).toMatchObject({ speakerAccuracy: 0.6667, nameAccuracy: 0.3333, nameJudged: 3 });
    expect(score.misses.map((m) => [m.type, m.cause])).toEqual([
      ['NAME', 'pronoun resolved to someone else'],
      ['SPEAKER', 'cue not in lexicon'],
    ]);
  });
});
