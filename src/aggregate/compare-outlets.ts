// The comparison a report renders: for every outlet × actor, how much it is mentioned, the labels
// naming it, the loaded terms about it by voice, sentiment towards it, and how much its people are
// quoted and with which verbs; per outlet, anonymous sourcing and the most distinctive words.
import type { ActorEntry, AttributionVerb, Connotation, VoiceKind } from '../types.js';
import type { ActorInfo, ActorStats, Comparison, ComparisonRow, CorpusProfile, OutletProfile, SpeakerRow } from './types.js';
import { addMoments, emptyMoments, stat } from './moments.js';
import { distinctiveWords, type LogOddsOptions } from './log-odds.js';
import { joinPeople } from './join-people.js';
import { sentenceCaseJoin } from './sentence-case.js';
import { unnamedSpeakerName } from './article-text.js';

export interface CompareOptions extends LogOddsOptions {
  /** Attribution verbs, to give each cue lemma its connotation. */
  attribution?: AttributionVerb[];
  /** The actor registry: names a side no article names (`Sen. …` → United States). */
  registry?: readonly ActorEntry[];
  /** The names lexicon's short forms (`Jack` for Jacob): one person's ids are joined with them. */
  nicknames?: ReadonlyMap<string, readonly string[]>;
  /** The names lexicon's first names: `Patrick Leahy` is no end of `Michael Patrick Leahy`. */
  firstNames?: ReadonlyMap<string, unknown>;
}

const VOICES: VoiceKind[] = ['narrator', 'quote', 'reported'];

function row(outlet: string, actor: string, s: ActorStats, actors: Record<string, ActorInfo>, characters: number, outletQuotes: number, outletChars: number, connotation: Map<string, Connotation>): ComparisonRow {
  const info = actors[actor];
  const all = VOICES.map((v) => s.sentiment[v]).reduce(addMoments, emptyMoments());
  const loaded = Object.values(s.loaded).sort(byUse);
  const loadedByVoice = { narrator: 0, quote: 0, reported: 0 } as Record<VoiceKind, number>;
  for (const l of loaded) loadedByVoice[l.voice] += l.count;
  return {
    outlet,
    actor,
    actorName: info?.name ?? (actor === '-' ? '(no actor)' : actor),
    kind: info?.kind ?? 'group',
    affiliation: info?.affiliation ?? null,
    mentions: s.mentions,
    mentionRate: characters ? (1000 * s.mentions) / characters : 0,
    labels: Object.entries(s.labels)
      .map(([text, count]) => ({ text, count, loaded: (s.loadedLabels?.[text] ?? 0) > 0 }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    names: Object.entries(s.names ?? {})
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    loaded,
    loadedByVoice,
    sentiment: { ...stat(all), byVoice: { narrator: stat(s.sentiment.narrator), quote: stat(s.sentiment.quote), reported: stat(s.sentiment.reported) } },
    quoted: {
      quotes: s.quotes,
      share: outletQuotes ? s.quotes / outletQuotes : 0,
      charShare: outletChars ? s.quotedChars / outletChars : 0,
      reported: s.reported,
      verbs: Object.entries(s.verbs)
        .map(([lemma, count]) => ({ lemma, connotation: connotation.get(lemma) ?? null, count }))
        .sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma)),
    },
    evidence: s.evidence,
  };
}

/** One loaded term as a view lists it: its words, and, when the view names speakers, whose. */
export interface TermCount {
  text: string;
  voice: VoiceKind;
  speaker: string | null;
  count: number;
}

/**
 * A row's loaded terms in `voices`, added up by the words a view shows (and by voice and speaker
 * when it shows those too), most used first: the same words from two lexicon entries or two
 * speakers are one item, not `careless (2); careless`.
 */
export function termCounts(r: ComparisonRow, voices: readonly VoiceKind[], bySpeaker: boolean): TermCount[] {
  const byKey = new Map<string, TermCount>();
  for (const l of r.loaded) {
    if (!voices.includes(l.voice)) continue;
    const key = bySpeaker ? `${l.voice}|${l.speaker ?? ''}|${l.text}` : l.text;
    const prev = byKey.get(key);
    if (prev) prev.count += l.count;
    else byKey.set(key, { text: l.text, voice: l.voice, speaker: bySpeaker ? l.speaker : null, count: l.count });
  }
  return [...byKey.values()].sort(byUse);
}

/** Most used first; ties by words, voice, speaker, entry: one order whatever the merge order. */
function byUse(a: TermCount & { entry?: string }, b: TermCount & { entry?: string }): number {
  return b.count - a.count || a.text.localeCompare(b.text) || a.voice.localeCompare(b.voice) || (a.speaker ?? '').localeCompare(b.speaker ?? '') || (a.entry ?? '').localeCompare(b.entry ?? '');
}

/** Who an outlet quotes: one row per actor whatever name the articles gave it, shown by its
 *  corpus name; a speaker who is no actor as the article gives it. Most quotes first, in any
 *  merge order. */
function speakerRows(o: OutletProfile, profile: CorpusProfile): SpeakerRow[] {
  // (`"The crowd` and `"the crowd`: a speaker who is no actor is counted under one spelling.)
  const under = sentenceCaseJoin(Object.keys(o.speakers));
  const joined = new Map<string, { side: string; quotes: number; verbs: Map<string, number> }>();
  for (const key of Object.keys(o.speakers).sort()) {
    const s = o.speakers[key];
    const to = under(key);
    const into = joined.get(to) ?? { side: o.speakers[to].side, quotes: 0, verbs: new Map<string, number>() };
    joined.set(to, into);
    into.quotes += s.quotes;
    for (const [verb, n] of Object.entries(s.verbs)) into.verbs.set(verb, (into.verbs.get(verb) ?? 0) + n);
  }
  return [...joined]
    .map(([key, s]) => {
      const actor = key.startsWith('"') ? null : key;
      const speaker = actor === null ? unnamedSpeakerName(key) : (profile.actors[actor]?.name ?? actor);
      const verbs = [...s.verbs].map(([verb, count]) => ({ verb, count }));
      return { actor, speaker, side: s.side, quotes: s.quotes, verbs: verbs.sort((x, y) => y.count - x.count || x.verb.localeCompare(y.verb)) };
    })
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

/** The anonymous sources of an outlet, `Officials` counted with `officials`, most quoted first. */
function anonymousSourceRows(sources: Record<string, number>): { source: string; count: number }[] {
  const under = sentenceCaseJoin(Object.keys(sources));
  const joined = new Map<string, number>();
  for (const [source, count] of Object.entries(sources)) joined.set(under(source), (joined.get(under(source)) ?? 0) + count);
  return [...joined].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}

function sideCounts(o: OutletProfile): { side: string; count: number }[] {
  return Object.entries(o.quotesBySide)
    .map(([side, count]) => ({ side, count }))
    .sort((a, b) => b.count - a.count || a.side.localeCompare(b.side));
}

/** The corpus's actors, and the registry's entry for a side or a row no article named. */
export function withSides(profile: CorpusProfile, registry: readonly ActorEntry[]): Record<string, ActorInfo> {
  const actors = { ...profile.actors };
  const named = new Map(registry.map((a) => [a.id, a]));
  for (const o of Object.values(profile.outlets)) {
    for (const id of [...Object.keys(o.actors), ...Object.values(o.speakers).map((s) => s.side)]) {
      const a = Object.hasOwn(actors, id) ? undefined : named.get(id);
      if (a) actors[id] = { id, name: a.name, kind: a.kind, affiliation: a.affiliation, known: true };
    }
  }
  return actors;
}

export function compareOutlets(merged: CorpusProfile, opts: CompareOptions = {}): Comparison {
  const { profile, joined } = joinPeople(merged, opts.nicknames, opts.firstNames);
  const connotation = new Map((opts.attribution ?? []).map((v) => [v.lemma, v.connotation]));
  const actors = withSides(profile, opts.registry ?? []);
  const names = Object.keys(profile.outlets).sort();
  const rows: ComparisonRow[] = [];
  for (const name of names) {
    const o = profile.outlets[name];
    const outletRows = Object.entries(o.actors).map(([actor, s]) => row(name, actor, s, actors, o.characters, o.quotes, o.quotedChars, connotation));
    outletRows.sort((a, b) => b.mentions - a.mentions || b.quoted.quotes - a.quoted.quotes || a.actor.localeCompare(b.actor));
    rows.push(...outletRows);
  }
  return {
    articles: profile.articles,
    outlets: names.map((outlet) => {
      const o = profile.outlets[outlet];
      return {
        outlet,
        articles: o.articles,
        characters: o.characters,
        quotes: o.quotes,
        anonymousQuotes: o.anonymousQuotes,
        anonymousReported: o.anonymousReported,
        jointQuotes: o.jointQuotes,
        anonymousShare: o.quotes ? o.anonymousQuotes / o.quotes : 0,
        anonymousEvidence: o.anonymousEvidence,
        anonymousSources: anonymousSourceRows(o.anonymousSources),
        speakers: speakerRows(o, profile),
        sides: sideCounts(o),
        furniture: Object.values(o.furniture).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
        furnitureEvidence: o.furnitureEvidence,
        joined: joined.get(outlet) ?? [],
      };
    }),
    actors: Object.values(actors).sort((a, b) => a.id.localeCompare(b.id)),
    rows,
    distinctiveWords: distinctiveWords(Object.fromEntries(names.map((n) => [n, profile.outlets[n].words])), opts),
  };
}

/** An outlet's loaded terms by voice, over all its rows: the one split every view reports. */
export function outletLoadedByVoice(c: Comparison, outlet: string): Record<VoiceKind, number> {
  const sum = { narrator: 0, quote: 0, reported: 0 } as Record<VoiceKind, number>;
  for (const r of c.rows) if (r.outlet === outlet) for (const v of VOICES) sum[v] += r.loadedByVoice[v];
  return sum;
}
