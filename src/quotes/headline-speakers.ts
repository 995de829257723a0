// `Obama Aide Calls Netanyahu’s Planned Visit ‘Destructive’` over `Susan Rice said … would be
// “destructive”`: a headline names its speaker by a description the body then names. When the
// headline quotes words that a body quote has word for word (all of it, or four words or more cut
// from it), the body's named speaker is the headline's too (and of the headline's reported piece
// with the same speaker), when the headline's description is of a person.
import { SPEECH_KINDS, type Quote, type Speaker } from '../types.js';
import { isSpeakerNoun } from './speaker-np.js';

const NAMED = new Set(['name', 'surname', 'title', 'alias']);
const normal = (s: string) => s.toLowerCase().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ');
/** A description's head: its last word, or the word before a participle that opens what
 *  follows it (`Dem running for Senate`; `Messages of stability` ends in its head). */
const headWord = (s: string) => {
  const words = s.split(/\s+/);
  const after = words.findIndex((w, i) => i > 0 && /^\p{Ll}{2,}ing$/u.test(w));
  return (after > 0 ? words[after - 1] : words[words.length - 1]).toLowerCase();
};
const isSpeech = (q: Quote) => SPEECH_KINDS.has(q.kind);
/** A headline quote this many words long or longer may be cut from a longer body quote. */
const MIN_CUT_WORDS = 4;

/** Replaces, in place, the description speakers of headline quotes that a body quote names. */
export function speakersFromBodyQuotes(quotes: Quote[]): void {
  // (A description of a person: `Obama Aide`, `Dem running for Senate`, not `Messages of stability`.)
  const heads = quotes.filter((q) => q.segment === 'headline' && q.speaker?.resolvedBy === 'description' && !q.speaker.anonymous && isSpeakerNoun(headWord(q.speaker.name)));
  if (!heads.length) return;
  const named = new Map<string, Speaker>();
  for (const q of quotes) {
    // (A pronoun the quote stage resolved to a full name names the speaker too: `“…,” he said`.)
    if (q.segment !== 'body' || !isSpeech(q) || !q.speaker || q.speaker.anonymous || !(NAMED.has(q.speaker.resolvedBy) || (q.speaker.resolvedBy === 'pronoun' && q.speaker.name.includes(' ')))) continue;
    const key = normal(q.text);
    if (key && !named.has(key)) named.set(key, q.speaker);
  }
  // `Dem … mocks Grassley as farmer ‘who never went to law school’` over `… a farmer from Iowa who
  // never went to law school, never practiced law …`: the words cut from one body quote (the first
  // that holds them; only a few headline quotes ask, each read against the named body quotes once).
  const holding = (words: string): Speaker | undefined => {
    if (words.split(' ').length < MIN_CUT_WORDS) return undefined;
    for (const [key, speaker] of named) if (key.includes(words)) return speaker;
    return undefined;
  };
  for (const h of heads.filter(isSpeech)) {
    const words = normal(h.text);
    const body = named.get(words) ?? holding(words);
    if (!body) continue;
    const was = h.speaker!;
    for (const q of heads) if (q.speaker!.start === was.start && q.speaker!.end === was.end) q.speaker = { ...body };
  }
}
