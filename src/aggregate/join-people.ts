// One person, one row: people outside the registry get their id from the name each article gives
// them, so the corpus may hold one person under several ids (`Sarah Sanders`, `Sarah Huckabee
// Sanders`; `Jack Lew`, `Jacob Lew`; `Petraeus` alone in an article that never gives his first
// name). The merged profile's ids are joined here, after every merge: a pure function of the merged
// counts, so it gives the same rows for shards merged in any order.
import type { ActorInfo, ActorStats, CorpusProfile, OutletProfile } from './types.js';
import { sameGivenName } from '../actors/given-names.js';
import { generationWord } from '../generations.js';
import { addActorStats } from './merge-profiles.js';
import { emptyActorStats } from './profile-article.js';

type Nicknames = ReadonlyMap<string, readonly string[]> | undefined;
type FirstNames = ReadonlyMap<string, unknown> | undefined;

interface Parsed {
  info: ActorInfo;
  /** The name's words, less a generational suffix. */
  words: string[];
  first: string;
  /** Middle names and initials, one letter per initial (`H.W.` → `h`, `w`), lower case. */
  middles: string[];
  surname: string;
  junior: boolean;
  senior: boolean;
}

const INITIALS = /^(?:\p{Lu}\.?)+$/u;
const key = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");

function parse(info: ActorInfo): Parsed {
  let words = info.name.split(/\s+/);
  const gen = words.length > 2 ? generationWord(words[words.length - 1].replace(/^,/, '')) : null;
  if (gen) words = words.slice(0, -1);
  words = words.map((w) => w.replace(/,$/, ''));
  // `J. Christopher Stevens`, `K. Michael Conaway`: an initial before the name a person goes by.
  const given = words.length > 2 && INITIALS.test(words[0]) ? 1 : 0;
  const middles = words.slice(given + 1, -1).flatMap((w) => (INITIALS.test(w) ? w.replace(/\./g, '').toLowerCase().split('') : [key(w)]));
  return { info, words, first: words[given], middles, surname: key(words[words.length - 1]), junior: gen === 'Jr', senior: gen === 'Sr' };
}

/** Middle names that can be one person's: none on one side, or each of the fewer matched by one of
 *  the others (a name by itself or by its initial): `Michael Richard Pence` and `Mike Pence`. */
function sameMiddles(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  return few.every((m) => many.some((n) => n === m || (m.length === 1 && n[0] === m) || (n.length === 1 && m[0] === n)));
}

/** Two full names one person may have. `Jr.` tells a son from a father (`Jesse Jackson Jr.`), except
 *  beside a middle initial: outlets that write those write `Jr.` for everyone who has it (`John G.
 *  Roberts Jr.`). */
function samePerson(a: Parsed, b: Parsed, nicknames: Nicknames): boolean {
  if (a.surname !== b.surname || a.senior !== b.senior) return false;
  const formalJunior = (p: Parsed) => !p.junior || p.middles.some((m) => m.length === 1);
  if (a.junior !== b.junior && !(formalJunior(a) && formalJunior(b))) return false;
  return sameGivenName(a.first, b.first, nicknames) && sameMiddles(a.middles, b.middles);
}

/** `Petraeus`, `Wasserman Schultz`: the end of a longer name, with no given name of its own (not
 *  `Patrick Leahy` beside `Michael Patrick Leahy`). */
function isNameEnd(p: Parsed, full: Parsed, firstNames: FirstNames): boolean {
  const n = p.words.length;
  if (n >= full.words.length || p.surname !== full.surname) return false;
  const tail = full.words.slice(-n).map(key);
  return p.words.every((w, i) => key(w) === tail[i]) && (n === 1 || !firstNames?.has(key(p.words[0])));
}

/** Old id → joined id, per outlet (a name end joins the one person of that name in its outlet,
 *  else in the corpus). */
function joins(profile: CorpusProfile, nicknames: Nicknames, firstNames: FirstNames): { all: Map<string, string>; byOutlet: Map<string, Map<string, string>> } {
  const people = Object.values(profile.actors).filter((a) => a.kind === 'person').map(parse);
  const unknown = people.filter((p) => !p.info.known);
  // Name ends first: a name that ends a longer one is never a full name of its own.
  const ends = new Set(unknown.filter((p) => people.some((q) => isNameEnd(p, q, firstNames))));
  const full = people.filter((p) => !ends.has(p) && p.words.length > 1);
  // Full names of one person: groups in which every two names may be one person's.
  const all = new Map<string, string>();
  const bySurname = new Map<string, Parsed[]>();
  for (const p of full) (bySurname.get(p.surname) ?? bySurname.set(p.surname, []).get(p.surname)!).push(p);
  const groups: Parsed[][] = [];
  for (const list of bySurname.values()) {
    const seen = new Set<Parsed>();
    for (const p of list) {
      if (seen.has(p)) continue;
      const group = [p];
      seen.add(p);
      for (let i = 0; i < group.length; i++) for (const q of list) if (!seen.has(q) && samePerson(group[i], q, nicknames)) (seen.add(q), group.push(q));
      const clique = group.every((a, i) => group.every((b, j) => i === j || samePerson(a, b, nicknames)));
      groups.push(...(clique ? [group] : group.map((x) => [x])));
    }
  }
  const canonical = new Map<Parsed, string>();
  for (const g of groups) {
    // The registry's entry, else the shortest name: what the views call the person anyway.
    const head = [...g].sort((a, b) => Number(b.info.known) - Number(a.info.known) || a.info.name.length - b.info.name.length || (a.info.id < b.info.id ? -1 : 1))[0];
    // (Two registry entries are two people.)
    for (const p of g) if (!p.info.known) canonical.set(p, head.info.id);
    if (g.filter((p) => p.info.known).length > 1) for (const p of g) canonical.delete(p);
  }
  for (const [p, id] of canonical) if (p.info.id !== id) all.set(p.info.id, id);
  const targets = (end: Parsed, present: (id: string) => boolean) => {
    const ids = new Set<string>();
    for (const q of full) if (isNameEnd(end, q, firstNames) && present(q.info.id)) ids.add(canonical.get(q) ?? q.info.id);
    return ids;
  };
  const inCorpus = new Map([...ends].map((e) => [e, targets(e, () => true)]));
  const byOutlet = new Map<string, Map<string, string>>();
  for (const [name, o] of Object.entries(profile.outlets)) {
    const map = new Map<string, string>();
    for (const e of ends) {
      if (!Object.hasOwn(o.actors, e.info.id) && !Object.hasOwn(o.speakers, e.info.id)) continue;
      const here = targets(e, (id) => Object.hasOwn(o.actors, id));
      const only = here.size === 1 ? here : inCorpus.get(e)!;
      if (only.size === 1) map.set(e.info.id, [...only][0]);
    }
    byOutlet.set(name, map);
  }
  return { all, byOutlet };
}

function joinOutlet(o: OutletProfile, to: (id: string) => string): OutletProfile {
  const actors: Record<string, ActorStats> = {};
  // (Sorted: the joined evidence lists are the same whatever order the ids were first seen in.)
  for (const id of Object.keys(o.actors).sort()) addActorStats((actors[to(id)] ??= emptyActorStats()), o.actors[id]);
  const speakers: OutletProfile['speakers'] = {};
  for (const k of Object.keys(o.speakers).sort()) {
    const s = o.speakers[k];
    const key = k.startsWith('"') ? k : to(k);
    // (On the side of the id counted under, when this outlet quotes it too: `joseph-biden-jr`,
    // unaffiliated, counted as `joe-biden` is on the United States' side.)
    const into = (speakers[key] ??= { side: (Object.hasOwn(o.speakers, key) ? o.speakers[key] : s).side, quotes: 0, verbs: {} });
    into.quotes += s.quotes;
    for (const [v, n] of Object.entries(s.verbs)) into.verbs[v] = (into.verbs[v] ?? 0) + n;
  }
  return { ...o, actors, speakers };
}

/** The id each outlet's actor is counted under once people are joined: what a per-article view
 *  (`actors`) sums to for compare's row. */
export function joinedIds(profile: CorpusProfile, nicknames?: Nicknames, firstNames?: FirstNames): ((outlet: string, id: string) => string) | null {
  const { all, byOutlet } = joins(profile, nicknames, firstNames);
  if (!all.size && [...byOutlet.values()].every((m) => !m.size)) return null;
  return (outlet, id) => {
    const first = byOutlet.get(outlet)?.get(id) ?? id;
    return all.get(first) ?? first;
  };
}

/** The profile with each person outside the registry counted under one id in each outlet (a new
 *  profile; `profile` is left alone), and for each outlet the ids counted under another, sorted:
 *  the quote ledger names each quote's actor as its article gave it, and this says where compare
 *  counts it. */
export function joinPeople(profile: CorpusProfile, nicknames?: Nicknames, firstNames?: FirstNames): { profile: CorpusProfile; joined: Map<string, { id: string; countedAs: string }[]> } {
  const joined = new Map<string, { id: string; countedAs: string }[]>();
  const to = joinedIds(profile, nicknames, firstNames);
  if (!to) return { profile, joined };
  const outlets: CorpusProfile['outlets'] = {};
  for (const [name, o] of Object.entries(profile.outlets)) {
    outlets[name] = joinOutlet(o, (id) => to(name, id));
    const ids = new Set([...Object.keys(o.actors), ...Object.keys(o.speakers).filter((k) => !k.startsWith('"'))]);
    const moved = [...ids].sort().flatMap((id) => (to(name, id) === id ? [] : [{ id, countedAs: to(name, id) }]));
    if (moved.length) joined.set(name, moved);
  }
  return { profile: { ...profile, outlets }, joined };
}
