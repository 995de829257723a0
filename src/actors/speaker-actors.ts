// Which actor each quote's speaker is, decided once where the article's result is built, so every
// view and every saved result counts a speaker under one actor id (`Trump`, `Donald Trump` and
// `Mr. Trump` are donald-trump).
import { firstStartingAt, spanIndexAt } from '../spans.js';
import type { ActorRef, Mention, Quote, Speaker } from '../types.js';
import { generationOf } from '../generations.js';

// `Jr.` or `Sr.` after a speaker's name tells namesakes apart: `Trump Jr` is not Donald Trump (a
// speaker without it may be one with it: `Mr. Jackson` is Jesse L. Jackson Jr.).
const fatherOrSon = (name: string) => {
  const g = generationOf(name);
  return g === 'Jr' || g === 'Sr';
};

/** The id of the actor the speaker is: the actor of that name, else the last mention inside the
 *  speaker phrase (its head: `… Council Secretary Ali Shamkhani`), else the mention at its start. */
function speakerActorId(s: Speaker, byName: ReadonlyMap<string, ActorRef>, byId: ReadonlyMap<string, ActorRef>, mentions: readonly Mention[]): string | null {
  if (s.anonymous) return null;
  const named = byName.get(s.name);
  if (named) return named.id;
  let id: string | undefined;
  for (let i = firstStartingAt(mentions, s.start); i < mentions.length && mentions[i].end <= s.end; i++) id = mentions[i].actor;
  if (!id) {
    const i = spanIndexAt(mentions, s.start);
    id = i >= 0 ? mentions[i].actor : undefined;
  }
  const actor = id === undefined ? undefined : byId.get(id);
  return actor && !(fatherOrSon(s.name) && !fatherOrSon(actor.name)) ? actor.id : null;
}

/** Links speakers of one article to its actors: the lookups built once, each speaker looked up. */
export function speakerLinker(actors: readonly ActorRef[], mentions: readonly Mention[]): (s: Speaker) => string | null {
  const byName = new Map<string, ActorRef>();
  for (const a of actors) if (!byName.has(a.name)) byName.set(a.name, a);
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (s) => speakerActorId(s, byName, byId, mentions);
}

/** The quotes with each speaker's actor id (null: none, or anonymous). Mentions sorted by start. */
export function linkSpeakers(quotes: readonly Quote[], actors: readonly ActorRef[], mentions: readonly Mention[]): Quote[] {
  const link = speakerLinker(actors, mentions);
  return quotes.map((q) => (q.speaker ? { ...q, speaker: { ...q.speaker, actor: link(q.speaker) } } : q));
}
