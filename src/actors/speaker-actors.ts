// Which actor each quote's speaker is, decided once where the article's result is built, so every
// view and every saved result counts a speaker under one actor id (`Trump`, `Donald Trump` and
// `Mr. Trump` are donald-trump).
import { firstStartingAt, spanIndexAt } from '../spans.js';
import type { ActorRef, Mention, Quote, Speaker } from '../types.js';
import { generationOf } from '../generations.js';

// `Jr.` or `Sr.` after a speaker's name tells namesakes apart: `Trump Jr` is not Donald Trump (a
// speaker without it may be one with it: `Mr. Jackson` is Jesse L. Jackson Jr.).
const fatherOrSon = (name: string): 'Jr' | 'Sr' | null => {
  const g = generationOf(name);
  return g === 'Jr' || g === 'Sr' ? g : null;
};

/** Each actor with the generations its own mentions carry: the actor stage, which knows the
 *  registry's aliases, found `Joseph R. Biden Jr.` to be Joe Biden, so a speaker of that name is. */
function generationsSeen(mentions: readonly Mention[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const m of mentions) {
    const g = m.actor && fatherOrSon(m.text);
    if (!g) continue;
    const set = seen.get(m.actor!) ?? new Set<string>();
    set.add(g);
    seen.set(m.actor!, set);
  }
  return seen;
}

/** The id of the actor the speaker is: the actor of that name, else the last mention inside the
 *  speaker phrase (its head: `… Council Secretary Ali Shamkhani`), else the mention at its start. */
function speakerActorId(s: Speaker, byName: ReadonlyMap<string, ActorRef>, byId: ReadonlyMap<string, ActorRef>, mentions: readonly Mention[], generations: ReadonlyMap<string, ReadonlySet<string>>): string | null {
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
  if (!actor) return null;
  const g = fatherOrSon(s.name);
  return !g || fatherOrSon(actor.name) || generations.get(actor.id)?.has(g) ? actor.id : null;
}

/** Links speakers of one article to its actors: the lookups built once, each speaker looked up. */
export function speakerLinker(actors: readonly ActorRef[], mentions: readonly Mention[]): (s: Speaker) => string | null {
  const byName = new Map<string, ActorRef>();
  for (const a of actors) if (!byName.has(a.name)) byName.set(a.name, a);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const generations = generationsSeen(mentions);
  return (s) => speakerActorId(s, byName, byId, mentions, generations);
}

/** The speaker with its actor id: speakerOf's fields (resolve-speaker.ts) in its order, then
 *  `actor`, written out (a spread into an object literal is a slow runtime call, one a quote). */
function withActor(s: Speaker, actor: string | null): Speaker {
  const out: Speaker = { start: s.start, end: s.end, anonymous: s.anonymous, name: s.name, resolvedBy: s.resolvedBy };
  if (s.role !== undefined) out.role = s.role;
  out.actor = actor;
  return out;
}

/** The quotes with each speaker's actor id (null: none, or anonymous). Mentions sorted by start. */
export function linkSpeakers(quotes: readonly Quote[], actors: readonly ActorRef[], mentions: readonly Mention[]): Quote[] {
  const link = speakerLinker(actors, mentions);
  return quotes.map((q) => (q.speaker ? { ...q, speaker: withActor(q.speaker, link(q.speaker)) } : q));
}
