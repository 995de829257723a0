// Sentiment towards each actor mention: the clause around the mention is scored with AFINN-165
// (the `sentiment` package) plus our own words, registered as a language of its own so the shared
// English table is never changed. Narration and quoted speech are scored apart: for a mention in
// narration the quoted words in its clause are left out, for a mention inside a quote only that
// quote's words count. The mention itself and every other actor mention are blanked first, so
// names (`United States`) and labels (`Takfiri terrorists`, a framing matter) do not score.
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import type { Mention, Quote, Segmentation, SegmentKind, SentimentScore, Span } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { sentenceAt } from './sentence-at.js';
import { voiceOfMention } from './mention-voice.js';
import { ADDED, NEGATORS, NEUTRALISED } from './sentiment-words.js';

const LANGUAGE = 'framelens-en';
// A negator flips the words after it up to this many tokens (and never across punctuation).
const NEGATION_REACH = 3;
const SKIPPED: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['data-dump', 'lead-duplicate']);

const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
const labels: Record<string, number> = { ...afinn, ...ADDED };
for (const w of NEUTRALISED) delete labels[w];
const negators = new Set(NEGATORS);

const analyzer = new Sentiment();
analyzer.registerLanguage(LANGUAGE, {
  labels,
  scoringStrategy: {
    apply(tokens: string[], cursor: number, score: number): number {
      for (let k = cursor - 1; k >= 0 && k >= cursor - NEGATION_REACH; k--) if (negators.has(tokens[k])) return -score;
      return score;
    },
  },
});

/** Straight quotes and apostrophes, so `don’t` negates and `“disaster”` is a word. */
export function normaliseForSentiment(s: string): string {
  return s.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"');
}

export interface ClauseScore {
  score: number;
  comparative: number;
  tokens: number;
}

/** Scores text whose pieces are separated by punctuation; negation does not reach across it. */
export function scoreText(text: string): ClauseScore {
  let score = 0;
  let tokens = 0;
  for (const piece of normaliseForSentiment(text).split(/[.,;:!?()"\[\]—–]+|\s-\s/)) {
    if (!piece.trim()) continue;
    const r = analyzer.analyze(piece, { language: LANGUAGE });
    score += r.score;
    tokens += r.tokens.filter(Boolean).length;
  }
  return { score, comparative: tokens ? score / tokens : 0, tokens };
}

const CLAUSE_BREAK = /[;:—–]|,\s+(?:but|while|whereas|although|though|yet)\s|\s(?:but|while|whereas)\s/g;

/** The clause of the sentence around [start, end): split at semicolons, dashes and contrasting conjunctions. */
export function clauseAround(text: string, sentence: { start: number; end: number }, start: number, end: number): { start: number; end: number } {
  const body = text.slice(sentence.start, sentence.end);
  let from = sentence.start;
  let to = sentence.end;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

function blank(s: string, from: number, spans: { start: number; end: number }[]): string {
  const chars = s.split('');
  for (const sp of spans) for (let i = Math.max(sp.start, from); i < sp.end && i - from < chars.length; i++) chars[i - from] = ' ';
  return chars.join('');
}

export function scoreSentiment(text: string, seg: Segmentation, quotes: Quote[], mentions: Mention[]): SentimentScore[] {
  const speech = quotes.filter((q) => SPEECH_KINDS.has(q.kind));
  const out: SentimentScore[] = [];
  for (const m of mentions) {
    if (SKIPPED.has(m.segment)) continue;
    const sentence = sentenceAt(text, seg, m.start);
    const voice = voiceOfMention(m, quotes);
    let clause = clauseAround(text, sentence, m.start, m.end);
    const hidden: Span[] = mentions.filter((o) => o.start < clause.end && clause.start < o.end);
    if (voice.kind === 'quote') {
      // Only the words of the quote piece the mention sits in.
      const piece = speech.flatMap((q) => q.contents).find((c) => c.start <= m.start && m.end <= c.end);
      if (piece) clause = { start: Math.max(clause.start, piece.start), end: Math.min(clause.end, piece.end) };
    } else {
      for (const q of speech) for (const c of q.contents) if (c.start < clause.end && clause.start < c.end) hidden.push(c);
    }
    const s = scoreText(blank(text.slice(clause.start, clause.end), clause.start, hidden));
    out.push({ actor: m.actor, mention: { start: m.start, end: m.end }, start: clause.start, end: clause.end, score: s.score, comparative: s.comparative, voice });
  }
  return out;
}
