// Which actor each quote's speaker is, decided once where the article's result is built, so every
// view and every saved result counts a speaker under one actor id (`Trump`, `Donald Trump` and
// `Mr. Trump` are donald-trump).
import { firstStartingAt, spanIndexAt } from '../spans.js';
import type { ActorRef, Mention, Quote, Speaker } from '../types.js';

// A generational suffix tells namesakes apart: `Trump Jr` is not Donald Trump.
const SUFFIX = /\s(?:Jr|Sr|I{2,3}|IV)\.?$/;

/** The id of the actor the speaker is: the actor of that name, else the last mention inside the
 *  speaker phrase (its head: `… Council Secretary Ali Shamkhani`), else the mention at its start. */
export function speakerActorId(s: Speaker, actors: readonly ActorRef[], mentions: readonly Mention[]): string | null {
  if (s.anonymous) return null;
  const byName = actors.find((a) => a.name === s.name);
  if (byName) return byName.id;
  let id: string | undefined;
  for (let i = firstStartingAt(mentions, s.start); i < mentions.length && mentions[i].end <= s.end; i++) id = mentions[i].actor;
  if (!id) {
    const i = spanIndexAt(mentions, s.start);
    id = i >= 0 ? mentions[i].actor : undefined;
  }
  const actor = actors.find((a) => a.id === id);
  return actor && SUFFIX.test(actor.name) === SUFFIX.test(s.name) ? actor.id : null;
}

/** The quotes with each speaker's actor id (null: none, or anonymous). Mentions sorted by start. */
export function linkSpeakers(quotes: readonly Quote[], actors: readonly ActorRef[], mentions: readonly Mention[]): Quote[] {
  return quotes.map((q) => (q.speaker ? { ...q, speaker: { ...q.speaker, actor: speakerActorId(q.speaker, actors, mentions) } } : q));
}
