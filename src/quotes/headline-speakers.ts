// `Obama Aide Calls Netanyahu’s Planned Visit ‘Destructive’` over `Susan Rice said … would be
// “destructive”`: a headline names its speaker by a description the body then names. When the
// headline quotes words that a body quote has word for word, the body's named speaker is the
// headline's too (and of the headline's reported piece with the same speaker), when the headline's
// description is of a person.
import { SPEECH_KINDS, type Quote, type Speaker } from '../types.js';
import { isSpeakerNoun } from './speaker-np.js';

const NAMED = new Set(['name', 'surname', 'title', 'alias']);
const normal = (s: string) => s.toLowerCase().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ');
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
const isSpeech = (q: Quote) => SPEECH_KINDS.has(q.kind);

/** Replaces, in place, the description speakers of headline quotes that a body quote names. */
export function speakersFromBodyQuotes(quotes: Quote[]): void {
  // (A description of a person: `Obama Aide`, not `Messages of stability`.)
  const heads = quotes.filter((q) => q.segment === 'headline' && q.speaker?.resolvedBy === 'description' && !q.speaker.anonymous && isSpeakerNoun(lastWord(q.speaker.name)));
  if (!heads.length) return;
  const named = new Map<string, Speaker>();
  for (const q of quotes) {
    if (q.segment !== 'body' || !isSpeech(q) || !q.speaker || q.speaker.anonymous || !NAMED.has(q.speaker.resolvedBy)) continue;
    const key = normal(q.text);
    if (key && !named.has(key)) named.set(key, q.speaker);
  }
  for (const h of heads.filter(isSpeech)) {
    const body = named.get(normal(h.text));
    if (!body) continue;
    const was = h.speaker!;
    for (const q of heads) if (q.speaker!.start === was.start && q.speaker!.end === was.end) q.speaker = { ...body };
  }
}
