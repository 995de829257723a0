// Sentiment towards actor mentions: curly quotes, negation past one word, our own words (without
// touching the package's shared English table), names and labels blanked, voices apart.
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { clauseAround, scoreSentiment, scoreText } from '../src/framing/sentiment.js';
import { buildVoiceIndex } from '../src/quotes/voice-index.js';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();
const sign = (n: number) => Math.sign(n);

describe('scoreText', () => {
  it.each([
    { case: 'curly-quoted word scores', text: 'He called it “a disaster”.', sign: -1 },
    { case: 'curly apostrophe negator negates', text: 'They don’t support the plan', sign: -1 },
    { case: 'negation reaches past one word', text: 'This is not a good deal', sign: -1 },
    { case: 'negation reaches three words', text: 'It was never a very good idea', sign: -1 },
    { case: 'negation stops at punctuation', text: 'Not yet, but the results were good', sign: 1 },
    { case: 'negation fades after a few words', text: 'No one in the room thought it was good', sign: 1 },
    { case: 'own word: meddling', text: 'accused of meddling', sign: -1 },
    { case: 'own word: cooperation', text: 'called for cooperation', sign: 1 },
    { case: 'names are not praise', text: 'the United States and the Supreme Court', sign: 0 },
  ])('$case', ({ text, sign: expected }) => {
    expect(sign(scoreText(text).score)).toBe(expected);
  });

  it('leaves the shared English table alone', () => {
    expect(new Sentiment().analyze('meddling interference cooperation').score).toBe(0);
  });
});

describe('scoreSentiment', () => {
  const analyse = (text: string) => analyzeArticle({ id: 't', text, outlet: null }, lex);

  it('scores the clause around the mention, not the whole sentence', () => {
    const text = 'Iran praised the agreement; Israel condemned the attack.';
    const r = analyse(text);
    const byActor = new Map(r.sentiment.map((s) => [s.actor, s.score]));
    expect(byActor.get('iran')).toBeGreaterThan(0);
    expect(byActor.get('israel')).toBeLessThan(0);
  });

  it('does not score a label’s own words', () => {
    const text = 'The Takfiri terrorists withdrew.';
    const r = analyse(text);
    const s = r.sentiment.find((x) => x.actor === 'isil');
    expect(s?.score).toBe(0);
  });

  it('keeps quoted words out of narration and narration out of quotes', () => {
    const text = '“Iran is a wonderful partner,” Ali Shamkhani said in a terrible mood.';
    const r = analyse(text);
    const inQuote = r.sentiment.find((s) => s.actor === 'iran');
    expect(inQuote?.voice.kind).toBe('quote');
    expect(inQuote!.score).toBeGreaterThan(0);
    const speaker = r.sentiment.find((s) => s.actor === 'ali-shamkhani');
    expect(speaker?.voice.kind).toBe('narrator');
    expect(speaker!.score).toBeLessThan(0);
  });

  // Narration scores only the outlet's words: the speech a speaker is named with, and its cue,
  // are the speaker's, not the outlet's tone towards them (nor towards the actors they name).
  it.each([
    { case: 'reported speech', text: 'Pakistan said three civilians died when Indian shells hit villages.', actor: 'pakistan' },
    { case: 'reported speech of a named person', text: 'Police Chief Laura Benson said 14 officers were injured.', actor: 'laura-benson' },
    { case: 'an accusing cue', text: 'Pakistan’s foreign minister, Sana Malik, accused India of a reckless attack on civilians.', actor: 'sana-malik' },
    { case: 'an accusing cue, the speaker’s country', text: 'Pakistan’s foreign minister, Sana Malik, accused India of a reckless attack on civilians.', actor: 'pakistan' },
  ])('narration leaves out $case', ({ text, actor }) => {
    const s = analyse(text).sentiment.filter((x) => x.actor === actor);
    expect(s.map((x) => [x.voice.kind, x.score])).toEqual([['narrator', 0]]);
  });

  it('still scores the outlet’s own words around a speaker', () => {
    const s = analyse('The reckless Laura Benson said 14 officers were injured.').sentiment.find((x) => x.actor === 'laura-benson');
    expect(s?.voice.kind).toBe('narrator');
    expect(s!.score).toBeLessThan(0);
  });

  it('scores a clause once for an actor however often it names them', () => {
    const text = 'Homes For All marched. Maria Lopez, a spokeswoman for the group, said the march had been peaceful until police charged.';
    const s = analyse(text).sentiment.filter((x) => x.actor === 'maria-lopez');
    expect(s).toHaveLength(1);
  });

  it('skips mentions in a data dump', () => {
    const text = 'Iran spoke.';
    const seg = { segments: [{ kind: 'data-dump' as const, start: 0, end: text.length }], paragraphs: [], sentences: [], detectedOutlet: null, wire: null, dateline: null, headline: null };
    const mention = { start: 0, end: 4, text: 'Iran', actor: 'iran', resolvedBy: 'name' as const, isLabel: false, segment: 'data-dump' as const };
    expect(scoreSentiment(text, seg, [], buildVoiceIndex([]), [mention])).toEqual([]);
  });
});

describe('clauseAround', () => {
  // As it was: the breaks found in a copy of the sentence.
  const BREAK = /[;:—–]|,\s+(?:but|while|whereas|although|though|yet)\s|\s(?:but|while|whereas)\s/g;
  function bySlice(text: string, sentence: { start: number; end: number }, start: number, end: number) {
    let from = sentence.start;
    let to = sentence.end;
    for (const m of text.slice(sentence.start, sentence.end).matchAll(BREAK)) {
      const [at, after] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
      if (after <= start) from = after;
      else if (at >= end) {
        to = at;
        break;
      }
    }
    return { start: from, end: to };
  }
  it('finds the clause the sentence’s own text gives, at every place of random sentences', () => {
    const piece = fc.constantFrom('a', 'Iran', ' ', '  ', '\n', ',', ';', ':', '—', '–', 'but', 'while', 'whereas', 'although', 'yet', ', but ', ' but ', ' while ', '.');
    const input = fc.tuple(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.nat(), fc.nat(), fc.nat());
    fc.assert(
      fc.property(input, ([text, a, b, c]) => {
        const [s0, s1] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const at = s0 + (c % (s1 - s0 + 1));
        const sentence = { start: s0, end: s1 };
        expect(clauseAround(text, sentence, at, at)).toEqual(bySlice(text, sentence, at, at));
      }),
      { numRuns: 3000 },
    );
  });
});
