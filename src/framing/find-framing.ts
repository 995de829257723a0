// Loaded terms in an article, each with the actor it describes, the segment it is in and whose
// voice it is in (a lookup in the quote stage's spans). Hits in a data dump or in a copy of a lead
// or headline printed twice are dropped (the other copy is counted); hits in the outlet's own
// headline lists are kept as that segment.
import type { ActorRef, FramingHit, LexiconSet, LoadedTermEntry, Mention, Quote, Segmentation } from '../types.js';
import { UNREAD } from '../types.js';
import { compileTermMatcher, type TermMatcher } from '../lexicon/match-terms.js';
import { segmentKindAt } from '../segment/segment-at.js';
import type { VoiceIndex } from '../quotes/voice-index.js';
import { isNaming } from '../quotes/naming.js';
import { sentenceAt } from './sentence-at.js';
import { actorOf } from './actor-of.js';
import { firstStartingAt } from '../spans.js';
import { hasLiteralWord, wordsOf } from '../lexicon/literal-with.js';

const matchers = new WeakMap<LoadedTermEntry[], TermMatcher>();
const stateIds = new WeakMap<LexiconSet['actors'], Set<string>>();

const NAME_BEFORE = /(\p{Lu}\p{Ll}+)\s$/u;

/** `Kathleen Hawk Sawyer`, `Rush Limbaugh`: a capitalised match right after a first name is part of
 * a person's name, not a loaded word. */
function inPersonName(text: string, m: { start: number; text: string }, firstNames: LexiconSet['firstNames']): boolean {
  if (!firstNames || !/^\p{Lu}\p{Ll}/u.test(m.text)) return false;
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  return before !== null && firstNames.has(before[1].toLowerCase());
}

/** `Hawk Sawyer said`: a capitalised match inside a person's name the actor stage found (not a
 * label) is part of the name. (A body's name may carry the word: `the group Radical Voices`.)
 * `mentions` sorted by start. */
function inPersonMention(mentions: Mention[], people: ReadonlySet<string>, m: { start: number; end: number; text: string }): boolean {
  if (!/^\p{Lu}/u.test(m.text)) return false;
  const mention = mentions[firstStartingAt(mentions, m.start + 1) - 1];
  // (A name found after a title, `Representative Louise M. Slaughter`, as well.)
  return mention !== undefined && mention.end >= m.end && !mention.isLabel && (mention.resolvedBy === 'name' || mention.resolvedBy === 'surname' || mention.resolvedBy === 'title') && people.has(mention.actor);
}

/** `the National Society for the Prevention of Cruelty to Children`: a capitalised match inside a
 *  body's name, after its first word, is part of the name (the name's first word may be the body's
 *  own label: `the group Radical Voices`). `mentions` sorted by start. */
function insideBodyName(mentions: Mention[], m: { start: number; end: number; text: string }): boolean {
  if (!/^\p{Lu}/u.test(m.text)) return false;
  const mention = mentions[firstStartingAt(mentions, m.start) - 1];
  return mention !== undefined && mention.start < m.start && mention.end >= m.end && !mention.isLabel && mention.resolvedBy === 'name';
}

/** `these majestic animals` in a sentence about elephants: a word of the entry's `literalWith` in
 *  the hit's sentence makes it literal. Each sentence's words are read once per article. */
function literalIn(text: string, entry: LoadedTermEntry, sentence: { start: number; end: number }, sentenceWords: Map<number, ReadonlySet<string>>): boolean {
  if (!entry.literalWith.length) return false;
  let words = sentenceWords.get(sentence.start);
  if (!words) sentenceWords.set(sentence.start, (words = wordsOf(text.slice(sentence.start, sentence.end))));
  return hasLiteralWord(entry, words);
}

/** Whether the matched term names its own phrase: every term of a `names: true` entry, or the
 *  listed ones (`radicals`, not `radical`). */
function namesItsPhrase(entry: LoadedTermEntry, found: string): boolean {
  if (!Array.isArray(entry.names)) return entry.names;
  const lower = found.toLowerCase();
  return entry.names.some((t) => t.toLowerCase() === lower);
}

export function findFraming(text: string, seg: Segmentation, quotes: Quote[], voices: VoiceIndex, mentions: Mention[], actors: readonly ActorRef[], lex: LexiconSet): FramingHit[] {
  let matcher = matchers.get(lex.loaded);
  if (!matcher) matchers.set(lex.loaded, (matcher = compileTermMatcher(lex.loaded)));
  let states = stateIds.get(lex.actors);
  if (!states) stateIds.set(lex.actors, (states = new Set(lex.actors.filter((a) => a.kind === 'state').map((a) => a.id))));
  const isState = (id: string) => states.has(id);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const people = new Set<string>();
  for (const a of actors) if (a.kind === 'person') people.add(a.id);

  const hits: FramingHit[] = [];
  const sentenceWords = new Map<number, ReadonlySet<string>>();
  for (const m of matcher.find(text)) {
    const segment = segmentKindAt(seg, m.start);
    if (UNREAD.has(segment) || inPersonName(text, m, lex.firstNames) || inPersonMention(mentions, people, m) || insideBodyName(mentions, m)) continue;
    const sentence = sentenceAt(text, seg, m.start);
    if (literalIn(text, m.entry, sentence, sentenceWords)) continue;
    const voice = voices.voiceOf(m);
    const quoted = voices.quotedPieceAt(m);
    const speech = voice.quoteId ? byId.get(voice.quoteId) : undefined;
    // A direct quote or reported speech is a clause of its own; a partial quote sits in someone's
    // sentence, whose clause starts where the reported words around it do.
    const around = speech?.kind === 'partial' ? byId.get(voices.voiceOf({ start: speech.start - 1, end: speech.start - 1 }).quoteId ?? '') : undefined;
    // (What a speaker called someone is read in the speaker's sentence: `calls himself a socialist`.)
    const speechStart = speech && ((speech.kind === 'reported' && !isNaming(speech)) || speech.kind === 'direct') ? (quoted ?? speech).start : around?.kind === 'reported' && !isNaming(around) ? around.start : null;
    hits.push({
      start: m.start,
      end: m.end,
      text: m.text,
      entry: m.entry.id,
      category: m.entry.category,
      certainty: m.entry.certainty,
      actor: actorOf({ text, mentions, sentence, quoted, speechStart, names: namesItsPhrase(m.entry, m.text), placeBefore: m.entry.placeBefore, isState }, m),
      segment,
      voice,
      sentence,
    });
  }
  return hits;
}
