// Loaded terms in an article, each with the actor it describes, the segment it is in and whose
// voice it is in. Hits in a data dump or in the second copy of a lead are dropped (the first is
// counted already); hits in the outlet's own headline lists are kept as that segment.
import type { FramingHit, LexiconSet, LoadedTermEntry, Mention, Quote, Segmentation, SegmentKind } from '../types.js';
import { compileTermMatcher, type TermMatcher } from '../lexicon/match-terms.js';
import { segmentKindAt } from '../segment/segment-at.js';
import { sentenceAt } from './sentence-at.js';
import { relativeSpeech, speechVerbRegex, voiceOf, type VoiceContext } from './voice.js';
import { actorOf } from './actor-of.js';

const DROPPED: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['data-dump', 'lead-duplicate']);

const matchers = new WeakMap<LoadedTermEntry[], TermMatcher>();
const verbRegexes = new WeakMap<LexiconSet, RegExp>();

export function findFraming(text: string, seg: Segmentation, quotes: Quote[], mentions: Mention[], lex: LexiconSet): FramingHit[] {
  let matcher = matchers.get(lex.loaded);
  if (!matcher) matchers.set(lex.loaded, (matcher = compileTermMatcher(lex.loaded)));
  let speechVerbs = verbRegexes.get(lex);
  if (!speechVerbs) verbRegexes.set(lex, (speechVerbs = speechVerbRegex(lex.attribution)));

  const names = new Map<string, { name: string; person: boolean }>();
  for (const a of lex.actors) names.set(a.id, { name: a.name, person: a.kind === 'person' });
  const unknown = new Map<string, { name: string; person: boolean }>();
  // Actors outside the registry are always people; their longest mention is their name.
  for (const m of mentions) {
    if (names.has(m.actor) || m.resolvedBy === 'pronoun') continue;
    const prev = unknown.get(m.actor);
    if (!prev || m.text.length > prev.name.length) unknown.set(m.actor, { name: m.text, person: true });
  }
  for (const [id, n] of unknown) names.set(id, n);
  const ctx: VoiceContext = { text, quotes, mentions, names, speechVerbs };

  const hits: FramingHit[] = [];
  for (const m of matcher.find(text)) {
    const segment = segmentKindAt(seg, m.start);
    if (DROPPED.has(segment)) continue;
    const sentence = sentenceAt(text, seg, m.start);
    const { voice } = voiceOf(ctx, m, sentence);
    // Words in `X, which Y called …` describe X, whoever's voice they are in.
    const about = relativeSpeech(ctx, m, sentence)?.antecedent?.actor;
    hits.push({
      start: m.start,
      end: m.end,
      text: m.text,
      entry: m.entry.id,
      category: m.entry.category,
      certainty: m.entry.certainty,
      actor: about ?? actorOf(text, m, mentions, sentence),
      segment,
      voice,
      sentence,
    });
  }
  return hits;
}
