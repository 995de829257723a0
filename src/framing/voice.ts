// Whose words a span is in: a direct or partial quote's speaker, a reported-speech span's speaker
// (from the quote engine, or the fallback rules below), or the outlet's own narration.
import type { AttributionVerb, Mention, Quote, Voice } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { within } from './sentence-at.js';
import { spansOverlapping, spansWithin } from '../spans.js';
import { modifiedMention } from './actor-of.js';

// Longest actor mention, in characters, for range lookups.
const MENTION_REACH = 80;

export interface VoiceContext {
  text: string;
  quotes: Quote[];
  /** Sorted by start. */
  mentions: Mention[];
  /** Actor id → display name, for speakers found by the fallback rules. */
  names: Map<string, { name: string; person: boolean }>;
  speechVerbs: RegExp;
}

const LABELLING_VERBS = 'assailed|labell?ed|called|described|branded|denounced|dubbed|termed|condemned|accused|designated|listed';
// `Tehran, which the US has assailed as a sponsor of terrorism`: the clause is the subject's words about the antecedent.
const RELATIVE_SPEECH = new RegExp(`(?<![\\p{L}])(?:which|whom)\\s+(?<subject>(?:the\\s+)?\\p{Lu}(?:[^,;.]|\\.(?=\\s\\p{Lu})){0,40}?)\\s+(?:(?:has|have|had|repeatedly|often|once|famously|long|previously|also)\\s+)*(?:${LABELLING_VERBS})(?![\\p{L}])`, 'gu');
// A labelling verb, then at most a short object, then the opening quotation mark.
const LABELLING_BEFORE_QUOTE = new RegExp(`(?<![\\p{L}])(?:${LABELLING_VERBS}|calls|calling|labels|describes|describing)(?:\\s+as)?(?:\\s+[^\\s,;:.!?“”"]+){0,5}?(?:\\s+as)?\\s*[“"‘']$`, 'gu');
// `…, noting that …`: a participle carrying on the speech of the sentence's speaker.
const CONTINUING = /,\s*(?:noting|adding|saying|stressing|insisting|arguing|warning|asserting|explaining|emphasi[sz]ing|underlining|claiming)(?![\p{L}])/giu;
const ACCORDING = /(?<![\p{L}])according\s+to(?![\p{L}])/giu;

export function speechVerbRegex(verbs: AttributionVerb[]): RegExp {
  const forms = [...new Set(verbs.flatMap((v) => v.forms))].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const alts = forms.length ? forms.join('|') : 'said|says';
  return new RegExp(`(?<![\\p{L}])(?:${alts})(?![\\p{L}])`, 'giu');
}

function speakerName(ctx: VoiceContext, m: Mention): string {
  const n = ctx.names.get(m.actor);
  // People by their full name; states and bodies as written (`US`), which is how speech credits them.
  return n?.person ? n.name : m.text;
}

/** A quote's speaker by the full name of the person their mention resolves to (`Barzani` → `Nechirvan Barzani`). */
function quoteSpeaker(ctx: VoiceContext, q: Quote): { name: string } | null {
  if (!q.speaker) return null;
  const at = spansOverlapping(ctx.mentions, q.speaker.start, q.speaker.end, MENTION_REACH).find((m) => m.start <= q.speaker!.start && q.speaker!.start < m.end);
  const person = at && ctx.names.get(at.actor);
  return { name: person?.person && !q.speaker.anonymous ? person.name : q.speaker.name };
}

/** The actor mention ending nearest before `at` inside [from, at), if any. */
function mentionBefore(ctx: VoiceContext, from: number, at: number): Mention | null {
  let best: Mention | null = null;
  for (const m of spansWithin(ctx.mentions, from, at)) if (!best || m.end > best.end) best = m;
  return best;
}

function mentionAfter(ctx: VoiceContext, from: number, to: number): Mention | null {
  return spansWithin(ctx.mentions, from, to)[0] ?? null;
}

export interface VoiceResult {
  voice: Voice;
}

export function voiceOf(ctx: VoiceContext, span: { start: number; end: number }, sentence: { start: number; end: number }): VoiceResult {
  for (const q of ctx.quotes) {
    if (!SPEECH_KINDS.has(q.kind)) continue;
    if (q.contents.some((c) => within(span, c)) || (!q.contents.length && within(span, q))) {
      return { voice: { kind: 'quote', speaker: quoteSpeaker(ctx, q), quoteId: q.id } };
    }
  }
  for (const q of ctx.quotes) {
    if ((q.kind === 'scare' || q.kind === 'term') && within(span, q)) {
      const labelled = labelledQuote(ctx, q, sentence);
      if (labelled) return labelled;
    }
  }
  // The innermost attribution wins: `X said talks with Tehran, which the US has assailed as …`.
  const rel = relativeSpeech(ctx, span, sentence);
  if (rel) return { voice: { kind: 'reported', speaker: { name: speakerName(ctx, rel.speaker) } } };
  const narrator: VoiceResult = { voice: { kind: 'narrator', speaker: null } };
  for (const q of ctx.quotes) {
    if (q.kind === 'reported' && within(span, q)) {
      return namesAThing(ctx, span) ? narrator : { voice: { kind: 'reported', speaker: quoteSpeaker(ctx, q), quoteId: q.id } };
    }
  }
  const fallback = fallbackReported(ctx, span, sentence);
  return fallback && !namesAThing(ctx, span) ? fallback : narrator;
}

// Determiners that make a noun phrase a definite reference.
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|these|those|its|their|his|her|our|\p{L}+['’]s)\s+(?<between>(?:[\p{L}-]+\s+){0,2})$/iu;
// Words that cannot sit between a determiner and the noun it introduces.
const NOT_MODIFIER = /(?:^|\s)(?:is|are|was|were|be|been|to|of|and|or|that|which|who|in|on|at|for|with|by|from|as|not|has|have|had|will|would)\s/i;

/**
 * In indirect speech, how a thing is named is the reporter's choice and what is said about it is
 * the speaker's: a loaded word inside an actor label (`some anti-revolutionary groups`), modifying
 * an actor (`hawkish Senator Graham`) or in a definite noun phrase (`the extremist threat`) stays
 * the narrator's; a predicate (`despite all plots`, `a sponsor of terrorism`) is the speaker's.
 */
function namesAThing(ctx: VoiceContext, span: { start: number; end: number }): boolean {
  const around = spansOverlapping(ctx.mentions, span.start, span.end, MENTION_REACH);
  if (around.some((m) => m.isLabel && m.start <= span.start && span.end <= m.end)) return true;
  if (modifiedMention(ctx.text, span, ctx.mentions)) return true;
  const before = ctx.text.slice(Math.max(0, span.start - 60), span.start);
  const np = DEFINITE_BEFORE.exec(before);
  return !!np && !NOT_MODIFIER.test(` ${np.groups!.between}`);
}

/**
 * Reported speech the quote engine does not mark: a participle continuing someone's speech
 * (`X said …, noting that …`) and `according to X`. A plain `X said that …` is left to the quote engine.
 */
function fallbackReported(ctx: VoiceContext, span: { start: number; end: number }, sentence: { start: number; end: number }): VoiceResult | null {
  const { text } = ctx;
  const before = text.slice(sentence.start, span.start);
  const participle = lastMatch(CONTINUING, before);
  if (participle) {
    const head = before.slice(0, participle.index);
    ctx.speechVerbs.lastIndex = 0;
    const verb = ctx.speechVerbs.exec(head);
    const subj = verb
      ? mentionBefore(ctx, sentence.start, sentence.start + verb.index)
      : (spansWithin(ctx.mentions, sentence.start, sentence.start + participle.index).find((m) => ctx.names.get(m.actor)?.person) ?? null);
    if (subj) return { voice: { kind: 'reported', speaker: { name: speakerName(ctx, subj) } } };
  }
  const according = lastMatch(ACCORDING, before);
  if (according) {
    const from = sentence.start + according.index + according[0].length;
    const src = mentionAfter(ctx, from, Math.min(span.start, from + 60));
    if (src) return { voice: { kind: 'reported', speaker: { name: speakerName(ctx, src) } } };
  }
  return null;
}

/**
 * Quotation marks after a labelling verb are the subject's words, not scare quotes:
 * `whom he called a “dangerous demagogue”`, `X called the allegations “deeply troubling”`.
 */
function labelledQuote(ctx: VoiceContext, q: Quote, sentence: { start: number; end: number }): VoiceResult | null {
  const lead = ctx.text.slice(sentence.start, q.start);
  const verb = lastMatch(LABELLING_BEFORE_QUOTE, lead);
  if (!verb) return null;
  const verbStart = sentence.start + verb.index;
  const subj = mentionBefore(ctx, sentence.start, verbStart);
  const speaker = subj && !/[;:“”"]/.test(ctx.text.slice(subj.end, verbStart)) ? { name: speakerName(ctx, subj) } : null;
  return { voice: { kind: 'quote', speaker, quoteId: q.id } };
}

/** `Tehran, which the US has assailed as …`: the labelling subject (`US`) and the antecedent (`Tehran`). */
export function relativeSpeech(ctx: VoiceContext, span: { start: number; end: number }, sentence: { start: number; end: number }): { speaker: Mention; antecedent: Mention | null } | null {
  const before = ctx.text.slice(sentence.start, span.start);
  const rel = lastMatch(RELATIVE_SPEECH, before);
  if (!rel) return null;
  const subjectStart = sentence.start + rel.index + rel[0].indexOf(rel.groups!.subject);
  const clauseRest = ctx.text.slice(sentence.start + rel.index + rel[0].length, span.start);
  const speaker = mentionAfter(ctx, subjectStart, subjectStart + rel.groups!.subject.length);
  if (!speaker || /[;:]/.test(clauseRest)) return null;
  return { speaker, antecedent: mentionBefore(ctx, sentence.start, sentence.start + rel.index) };
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}
