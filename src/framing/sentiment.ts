// Sentiment towards each actor mention: the clause around the mention is scored with AFINN-165
// (the `sentiment` package's word table and emoji scores) plus our own words. Narration and speech
// are scored apart: for a mention in narration only the outlet's own words count, so the quoted
// and reported speech in its clause and the cue that attributes it (`Pakistan said [three civilians
// died]`, `Malik accused [India of a reckless attack]`) are left out; for a mention inside a quote
// only that quote's words count. The mention itself and every other actor mention are blanked
// first, so names (`United States`) and labels (`Takfiri terrorists`, a framing matter) do not
// score. An actor gets one score per clause and voice, however often the clause names it.
import { createRequire } from 'node:module';
import type { Mention, Quote, Segmentation, SentimentScore, Span, VoiceKind } from '../types.js';
import { UNREAD } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { sentenceAt } from './sentence-at.js';
import type { VoiceIndex } from '../quotes/voice-index.js';
import { ADDED, NEGATORS, NEUTRALISED } from './sentiment-words.js';
import { pushOverlapping, reachOf } from '../spans.js';
import { scorePieces } from './sentiment-tokens.js';

const require = createRequire(import.meta.url);
const afinn = require('sentiment/languages/en/labels.json') as Record<string, number>;
// The package adds its emoji scores to every language it scores with; so do we.
const emojis = require('sentiment/build/emoji.json') as Record<string, number>;
const labels: Record<string, number> = { ...afinn, ...ADDED };
for (const w of NEUTRALISED) delete labels[w];
Object.assign(labels, emojis);
const LABELS: ReadonlyMap<string, number> = new Map(Object.entries(labels));
const NEGATOR_SET: ReadonlySet<string> = new Set(NEGATORS);

/** Straight quotes and apostrophes, so `don’t` negates and `“disaster”` is a word. */
export function normaliseForSentiment(s: string): string {
  return s.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"');
}

export interface ClauseScore {
  score: number;
  comparative: number;
  tokens: number;
}

/** Scores text whose pieces are separated by punctuation; negation does not reach across it. The
 * word table and negators are looked up in one pass over the text (see sentiment-tokens.ts). */
export function scoreText(text: string): ClauseScore {
  return scoreLowered(normaliseForSentiment(text).toLowerCase());
}

function scoreLowered(lowered: string, from = 0, to = lowered.length, hidden: Span[] = []): ClauseScore {
  const { score, tokens } = scorePieces(lowered, LABELS, NEGATOR_SET, from, to, hidden);
  return { score, comparative: tokens ? score / tokens : 0, tokens };
}

/** The article normalised and lower-cased once, when a clause's own normalised lower case is
 *  this text's slice: lower case the same length, and no `Σ` (whose lower case depends on the
 *  letter after it). Else null, and each clause is lower-cased on its own. */
export function loweredOnce(text: string): string | null {
  const lowered = normaliseForSentiment(text).toLowerCase();
  return lowered.length === text.length && !text.includes('Σ') ? lowered : null;
}

const CLAUSE_BREAK = /[;:—–]|,\s+(?:but|while|whereas|although|though|yet)\s|\s(?:but|while|whereas)\s/g;

/** Where the sentence's clause breaks are, as [at, after] pairs in one flat list. (The regex
 *  runs over the sentence's own text: over the whole text it would look past the sentence's end
 *  for a break.) */
function clauseBreaks(text: string, sentence: { start: number; end: number }): number[] {
  const out: number[] = [];
  const own = text.slice(sentence.start, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(own); m; m = CLAUSE_BREAK.exec(own)) out.push(sentence.start + m.index, sentence.start + m.index + m[0].length);
  return out;
}

/**
 * The clause of the sentence around [start, end): split at semicolons, dashes and contrasting
 * conjunctions. `cache` keeps each sentence's break positions, so a long sentence is scanned once.
 */
export function clauseAround(text: string, sentence: { start: number; end: number }, start: number, end: number, cache = new Map<number, number[]>()): { start: number; end: number } {
  let found = cache.get(sentence.start);
  if (!found) cache.set(sentence.start, (found = clauseBreaks(text, sentence)));
  let from = sentence.start;
  let to = sentence.end;
  for (let k = 0; k < found.length; k += 2) {
    if (found[k + 1] <= start) from = found[k + 1];
    else if (found[k] >= end) {
      to = found[k];
      break;
    }
  }
  return { start: from, end: to };
}

/** text[from, to) with the given spans replaced by spaces. */
export function blank(text: string, from: number, to: number, spans: { start: number; end: number }[]): string {
  let out = '';
  let at = from;
  for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
    const s = Math.max(sp.start, at);
    const e = Math.min(sp.end, to);
    if (e <= s) continue;
    out += text.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + text.slice(at, to);
}

/** The score of text[start, end) with the hidden spans blanked; `lowered` is `loweredOnce(text)`. */
export function scoreClause(text: string, lowered: string | null, start: number, end: number, hidden: Span[]): ClauseScore {
  return lowered === null ? scoreText(blank(text, start, end, hidden)) : scoreLowered(lowered, start, end, hidden);
}

/** A clause scored for the mentions of one voice in it (each voice leaves out other words). */
interface ScoredClause {
  end: number;
  voice: VoiceKind;
  /** Null until a mention asks for it. */
  score: ClauseScore | null;
  /** The actors it was scored for: an actor gets one score per clause and voice. */
  actors: Set<string>;
}

/** The clause [start, end) of this voice among those seen so far (a few per start), else a new one. */
function clauseOf(scored: Map<number, ScoredClause[]>, start: number, end: number, voice: VoiceKind): ScoredClause {
  let same = scored.get(start);
  if (!same) scored.set(start, (same = []));
  for (const c of same) if (c.end === end && c.voice === voice) return c;
  const c: ScoredClause = { end, voice, score: null, actors: new Set() };
  same.push(c);
  return c;
}

/** The words in a clause that are not the voice's own: for narration, every quoted piece,
 *  reported span and cue; for reported speech, the quoted pieces (a quote's clause is its piece). */
function speechSpans(quotes: Quote[]): { quoted: Span[]; narration: Span[] } {
  const quoted: Span[] = [];
  const narration: Span[] = [];
  for (const q of quotes) {
    if (!SPEECH_KINDS.has(q.kind) && q.kind !== 'reported') continue;
    for (const c of q.contents) {
      if (SPEECH_KINDS.has(q.kind)) quoted.push(c);
      narration.push(c);
    }
    if (q.cue) narration.push(q.cue);
  }
  const byStart = (a: Span, b: Span) => a.start - b.start;
  return { quoted: quoted.sort(byStart), narration: narration.sort(byStart) };
}

export function scoreSentiment(text: string, seg: Segmentation, quotes: Quote[], voices: VoiceIndex, mentions: Mention[]): SentimentScore[] {
  const speech = speechSpans(quotes);
  // A reported span can be a whole paragraph: how far each list reaches is indexed once, so a
  // clause does not look back as far as the longest span for the spans overlapping it.
  const speechReach = { quoted: reachOf(speech.quoted), narration: reachOf(speech.narration) };
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const mentionReach = reachOf(sorted);
  const breaks = new Map<number, number[]>();
  // Clauses scored so far, by start: a few per start (their end and voice differ).
  const scored = new Map<number, ScoredClause[]>();
  // Blanking puts spaces where lower-casing and normalising put nothing, so blanking the lowered
  // text is lowering the blanked one.
  const lowered = loweredOnce(text);
  const out: SentimentScore[] = [];
  for (const m of mentions) {
    if (UNREAD.has(m.segment)) continue;
    const sentence = sentenceAt(text, seg, m.start);
    const voice = voices.voiceOf(m);
    let clause = clauseAround(text, sentence, m.start, m.end, breaks);
    if (voice.kind === 'quote') {
      // Only the words of the quote piece the mention sits in.
      const piece = voices.quotedPieceAt(m);
      if (piece) clause = { start: Math.max(clause.start, piece.start), end: Math.min(clause.end, piece.end) };
    }
    const scoredClause = clauseOf(scored, clause.start, clause.end, voice.kind);
    if (scoredClause.actors.has(m.actor)) continue;
    scoredClause.actors.add(m.actor);
    // Every mention in a clause blanks the same words, so a clause is scored once per voice.
    let s = scoredClause.score;
    if (!s) {
      const hidden: Span[] = [];
      pushOverlapping(sorted, mentionReach, clause.start, clause.end, hidden);
      if (voice.kind === 'narrator') pushOverlapping(speech.narration, speechReach.narration, clause.start, clause.end, hidden);
      else if (voice.kind === 'reported') pushOverlapping(speech.quoted, speechReach.quoted, clause.start, clause.end, hidden);
      s = scoredClause.score = scoreClause(text, lowered, clause.start, clause.end, hidden);
    }
    out.push({ actor: m.actor, mention: { start: m.start, end: m.end }, start: clause.start, end: clause.end, score: s.score, comparative: s.comparative, voice });
  }
  return out;
}
