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

// `China’s ambassador to Britain`, `an aide to Trump`: who a role is held for or sent to is not who speaks.
const HELD_FOR = /\sto\s+(?:the\s+)?$/;
// The head of a phrase that names people around a person, not the person: `Clinton supporters`,
// `his critics`, `Obama Aide`, `her husband`. (Not those who speak for them: `the Clinton
// campaign`, `Cameron’s spokesman`, `his lawyers`.)
const OTHER_PEOPLE = new Set('supporter supporters backer backers fan fans critic critics opponent opponents detractor detractors ally allies aide aides adviser advisers advisor advisors associate associates confidant confidants employee employees staffer staffers strategist strategists defender defenders admirer admirers voter voters protester protesters protestor protestors challenger challengers rival rivals questioner questioners pollster pollsters physician doctor veteran veterans narrator husband wife mother father son sons daughter daughters brother sister family friend friends children relatives loyalist loyalists donor donors surrogate surrogates biographer'.split(' '));
// A capitalised word and a joint right before a mention: it is the second of a list.
const LISTED = /\p{Lu}[\p{L}.'’-]*(?:,\s+(?:and\s+)?|\s+and\s+)$/u;
const HEAD_OF = /(\p{L}+)\s+of\s+(?:the\s+)?$/u;
// `Dem running for Senate`: what a participle after the head is about is not who speaks. (With a
// preposition only: `some leading Democrats`, `the ruling party` are adjectives.)
const PARTICIPLE_BEFORE = /\s\p{Ll}{2,}ing\s+(?:for|against|in|on|to|with|at|from)\s+(?:the\s+)?$/u;
const POST_MODIFIER = /\s(?:of|for|in|at|from|to|on|with)\s/;
const otherPeopleOf = (before: string) => {
  const head = HEAD_OF.exec(before);
  return head !== null && OTHER_PEOPLE.has(head[1].toLowerCase());
};
const LAST_WORD = /\p{L}+(?=[^\p{L}]*$)/u;

/** The id of the actor the speaker is: the actor of that name, else the last mention inside the
 *  speaker phrase (its head: `… Council Secretary Ali Shamkhani`) but one after `to`, else the
 *  mention at its start. `text` (the article's, when known) shows what comes before a mention. */
function speakerActorId(s: Speaker, byName: ReadonlyMap<string, ActorRef>, byId: ReadonlyMap<string, ActorRef>, byWritten: ReadonlyMap<string, string | null>, mentions: readonly Mention[], generations: ReadonlyMap<string, ReadonlySet<string>>, text: string | undefined): string | null {
  if (s.anonymous) return null;
  const named = byName.get(s.name);
  if (named) return named.id;
  // `“…,” she said` resolved to Brewer: the actor the article's mentions written `Brewer` are,
  // not the one the actor stage took `she` for, so the ledger's name and the counts agree.
  // (On PolNeAR dev the quote stage's antecedent is the better one: naming speakers by the
  // actor stage's instead loses 5 names.)
  const elsewhere = text !== undefined && RESOLVED_ELSEWHERE.has(s.resolvedBy) && CAPITALISED.test(s.name) && s.name !== text.slice(s.start, s.end);
  const written = elsewhere ? byWritten.get(writtenKey(s.name)) : undefined;
  if (written) return written;
  let id: string | undefined;
  // `Obama Aide Calls …`, `Clinton supporters`, `his critics`: a person named before the phrase's
  // head is not the speaker, unless the head speaks for them (`the Clinton campaign`, `Cameron's
  // spokesman`). (A body or a state there is the speaker's side: `Iran's top security official`.)
  const modifier = (m: Mention) => {
    if (text === undefined || byId.get(m.actor)?.kind !== 'person') return false;
    // (The head is before any prepositional phrase: `Trump's remaining rivals for the GOP nomination`.)
    const head = LAST_WORD.exec(text.slice(m.end, s.end).split(POST_MODIFIER)[0]);
    return head !== null && OTHER_PEOPLE.has(head[0].toLowerCase());
  };
  for (let i = firstStartingAt(mentions, s.start); i < mentions.length && mentions[i].end <= s.end; i++) {
    const m = mentions[i];
    if (text !== undefined && m.start > s.start && (HELD_FOR.test(text.slice(Math.max(s.start, m.start - 8), m.start)) || PARTICIPLE_BEFORE.test(text.slice(Math.max(s.start, m.start - 30), m.start)))) continue;
    // `the foreign ministers of Iran and Iraq`: people of several sides are none of them.
    if (text !== undefined && m.start > s.start && LISTED.test(text.slice(Math.max(s.start, m.start - 40), m.start))) return null;
    // `Supporters of Trump`, `critics of Obama` are not the person they are named by.
    if (text !== undefined && m.start > s.start && otherPeopleOf(text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
    if (!modifier(m)) id = m.actor;
  }
  if (!id) {
    const i = spanIndexAt(mentions, s.start);
    id = i >= 0 && !modifier(mentions[i]) ? mentions[i].actor : undefined;
  }
  const actor = id === undefined ? undefined : byId.get(id);
  if (!actor) return null;
  // (A name no mention writes, `Brewer` when the actor stage missed Jan Brewer: not whoever the
  // actor stage took the pronoun for, unless that actor's name shares a word with it.)
  if (elsewhere && !sharesWord(actor.name, s.name)) return null;
  const g = fatherOrSon(s.name);
  return !g || fatherOrSon(actor.name) || generations.get(actor.id)?.has(g) ? actor.id : null;
}

/** Speakers named from outside their own words (a pronoun's or a description's antecedent,
 *  not the description itself). */
const RESOLVED_ELSEWHERE = new Set(['pronoun', 'description']);
const CAPITALISED = /^\p{Lu}/u;
const writtenKey = (name: string) => name.replace(/\.$/, '');

const nameWords = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
const sharesWord = (a: string, b: string) => {
  const words = new Set(nameWords(a));
  return nameWords(b).some((w) => words.has(w));
};

/** Each way the article writes an actor's name (`Brewer`, `Jan Brewer`), to that actor's id; null
 *  for a writing two actors share. */
function actorsByWriting(mentions: readonly Mention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.actor || !CAPITALISED.test(m.text)) continue;
    const key = writtenKey(m.text);
    const seen = out.get(key);
    if (seen === undefined) out.set(key, m.actor);
    else if (seen !== m.actor) out.set(key, null);
  }
  return out;
}

/** Links speakers of one article to its actors: the lookups built once, each speaker looked up. */
export function speakerLinker(actors: readonly ActorRef[], mentions: readonly Mention[], text?: string): (s: Speaker) => string | null {
  const byName = new Map<string, ActorRef>();
  for (const a of actors) if (!byName.has(a.name)) byName.set(a.name, a);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const byWritten = actorsByWriting(mentions);
  const generations = generationsSeen(mentions);
  return (s) => speakerActorId(s, byName, byId, byWritten, mentions, generations, text);
}

/** The speaker with its actor id: speakerOf's fields (resolve-speaker.ts) in its order, then
 *  `actor`, written out (a spread into an object literal is a slow runtime call, one a quote).
 *  `name` replaces the speaker's name where the actor stage named what the quote stage could not. */
function withActor(s: Speaker, actor: string | null, name = s.name): Speaker {
  const out: Speaker = { start: s.start, end: s.end, anonymous: s.anonymous, name, resolvedBy: s.resolvedBy };
  if (s.role !== undefined) out.role = s.role;
  out.actor = actor;
  return out;
}

/** The quotes with each speaker's actor id (null: none, or anonymous), co-speakers' too. Mentions
 *  sorted by start. */
export function linkSpeakers(quotes: readonly Quote[], actors: readonly ActorRef[], mentions: readonly Mention[], text: string): Quote[] {
  const link = speakerLinker(actors, mentions, text);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const linked = (s: Speaker) => {
    const id = link(s);
    return withActor(s, id, (id !== null && describedAs(s, id, mentions, text) && byId.get(id)?.name) || s.name);
  };
  return quotes.map((q) => {
    if (!q.speaker) return q;
    const out = { ...q, speaker: linked(q.speaker) };
    if (q.coSpeakers) out.coSpeakers = q.coSpeakers.map(linked);
    return out;
  });
}

/** Whether the speaker is written as a description the actor stage resolved to actor `id` and the
 *  quote stage left unnamed (`the group said` after `Secure America Now, a nonprofit group`; `the
 *  campaign manager said` after `Bennett`): the ledger then names the speaker as the actor. */
function describedAs(s: Speaker, id: string, mentions: readonly Mention[], text: string): boolean {
  if (s.resolvedBy !== 'description' || s.name !== text.slice(s.start, s.end)) return false;
  const i = spanIndexAt(mentions, s.end - 1);
  const m = i >= 0 ? mentions[i] : undefined;
  return m !== undefined && m.resolvedBy === 'description' && m.actor === id && m.end === s.end && m.start >= s.start;
}
