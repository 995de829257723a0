// The one-pass sentiment scorer against the `sentiment` package it replaces: the same score and
// token count for every clause, on table cases and on random text made of the characters its
// tokenizer and our piece breaks react to.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { blank, loweredOnce, normaliseForSentiment, scoreClause, scoreText } from '../src/framing/sentiment.js';
import { ADDED, NEGATORS, NEUTRALISED } from '../src/framing/sentiment-words.js';

// The scorer as it was built on the package: split into pieces, the package scores each piece.
const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
const labels: Record<string, number> = { ...afinn, ...ADDED };
for (const w of NEUTRALISED) delete labels[w];
const negators = new Set(NEGATORS);
const analyzer = new Sentiment();
analyzer.registerLanguage('framelens-test', {
  labels,
  scoringStrategy: {
    apply(tokens: string[], cursor: number, score: number): number {
      for (let k = cursor - 1; k >= 0 && k >= cursor - 3; k--) if (negators.has(tokens[k])) return -score;
      return score;
    },
  },
});
function packageScore(text: string): { score: number; tokens: number } {
  let score = 0;
  let tokens = 0;
  for (const piece of normaliseForSentiment(text).split(/[.,;:!?()"\[\]—–]+|\s-\s/)) {
    if (!piece.trim()) continue;
    const r = analyzer.analyze(piece, { language: 'framelens-test' });
    score += r.score;
    tokens += r.tokens.filter(Boolean).length;
  }
  return { score, tokens };
}
const ours = (text: string) => {
  const r = scoreText(text);
  return { score: r.score, tokens: r.tokens };
};

const CASES: [string, number][] = [
  ['a disaster', -2],
  ['“a disaster”', -2],
  ['not a disaster', 2],
  ['not a bad, disaster', 1],
  ['the attack was not   very  bad', 2],
  ['They don’t trust him', -1],
  ['good\u00a0news', 0],
  ['good \u00a0news', 3],
  ['good - bad', 0],
  ['good -bad', 3],
  ['😀 great', 5],
  ['Can’t stand it', 0],
  ['', 0],
  ['  ,  ', 0],
];

describe('scoreText (one pass) scores as the sentiment package did', () => {
  it.each(CASES)('%j scores %d', (text, score) => {
    expect(ours(text)).toEqual(packageScore(text));
    expect(ours(text).score).toBe(score);
  });

  const pieces = [
    'good', 'bad', 'not', 'no', 'never', "don't", 'don’t', 'disaster', 'terrorism', 'praised', 'united', 'kill', 'killed', 'love', 'hate', 'war', 'peace', 'fed up',
    'GOOD', 'Bad', 'İstanbul', 'ΣΟΦΟΣ', '\u212Aill', '😀', '😂', '❤',
    ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\uFEFF', '\r\n',
    '.', ',', ';', ':', '!', '?', '(', ')', '"', '[', ']', '—', '–', '-', ' - ', '/', '#', '$', '%', '^', '&', '*', '{', '}', '=', '_', '`', '~', "'", '’', '‘', '´', '“', '”', '„', '«', '»', '…', '@', '+',
  ];
  it('on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((ps) => ps.join('')), (text) => {
        expect(ours(text)).toEqual(packageScore(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(ours(text)).toEqual(packageScore(text));
    }), { numRuns: 2000 });
  });
});

describe('scoreClause: blanking the article lowered once is lowering each blanked clause', () => {
  const pieces = ['Good', 'BAD', 'not', 'Don’t', 'disaster', 'İstanbul', 'ΣΟΦΟΣ', 'Σ', 'ς', '\u212Aill', '😀', '“', '”', '’', '`', ' ', '  ', '\n', '.', ',', ' - ', 'Trump', 'praised'];
  const article = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ps) => ps.join(''));
  const cut = (text: string) =>
    fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.array(fc.tuple(fc.nat(text.length), fc.nat(8)), { maxLength: 4 })).map(([a, b, spans]) => ({
      start: Math.min(a, b),
      end: Math.max(a, b),
      hidden: spans.map(([s, n]) => ({ start: s, end: Math.min(text.length, s + n), text: '' })),
    }));
  it('scores as scoreText of the blanked clause, on random text and spans', () => {
    fc.assert(
      fc.property(article.chain((text) => cut(text).map((c) => ({ text, ...c }))), ({ text, start, end, hidden }) => {
        expect(scoreClause(text, loweredOnce(text), start, end, hidden)).toEqual(scoreText(blank(text, start, end, hidden)));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['Good news, not a disaster', true],
    ['İstanbul', false],
    ['ΣΟΦΟΣ said', false],
  ])('%j is lowered once: %s', (text, once) => {
    expect(loweredOnce(text) !== null).toBe(once);
  });
});
