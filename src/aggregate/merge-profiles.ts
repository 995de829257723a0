// Associative merge of corpus profiles: counts add, evidence lists keep the first EVIDENCE_CAP
// sentences in order, actor descriptions keep the first seen (of two names for one id, the shorter);
// what is kept is copied (`detached`), so it never keeps an article's text alive. `mergeProfiles`
// is pure; `accumulateProfile` adds into its first argument, so streaming many articles costs one
// pass.
import type { ActorInfo, ActorStats, CorpusProfile, Evidence, LoadedCount, Moments, OutletProfile } from './types.js';
import { ANONYMOUS_CAP, EVIDENCE_CAP, emptyActorStats, emptyOutletProfile } from './profile-article.js';
import { detached, ownString } from './bounded.js';
import { addEvidence } from './evidence.js';
import { addTo, table } from './tally.js';

function addCounts(into: Record<string, number>, b: Record<string, number>): void {
  for (const [k, v] of Object.entries(b)) addTo(into, k, v);
}

function addEvidenceList(into: Evidence[], b: Evidence[], cap = EVIDENCE_CAP): void {
  for (const e of b) addEvidence(into, e, cap);
}

function addMomentsInto(into: Moments, b: Moments): void {
  into.n += b.n;
  into.sum += b.sum;
  into.sumSq += b.sumSq;
}

function addLoaded(into: Record<string, LoadedCount>, b: Record<string, LoadedCount>): void {
  for (const [k, v] of Object.entries(b)) {
    if (into[k]) into[k].count += v.count;
    else into[k] = detached(v);
  }
}

export function addActorStats(into: ActorStats, b: ActorStats): void {
  into.mentions += b.mentions;
  addCounts(into.labels, b.labels);
  addCounts(into.loadedLabels, b.loadedLabels);
  addCounts(into.names, b.names);
  addLoaded(into.loaded, b.loaded);
  addMomentsInto(into.sentiment.narrator, b.sentiment.narrator);
  addMomentsInto(into.sentiment.quote, b.sentiment.quote);
  addMomentsInto(into.sentiment.reported, b.sentiment.reported);
  into.quotes += b.quotes;
  into.quotedChars += b.quotedChars;
  into.reported += b.reported;
  addCounts(into.verbs, b.verbs);
  addEvidenceList(into.evidence.labels, b.evidence.labels);
  addEvidenceList(into.evidence.loaded, b.evidence.loaded);
  addEvidenceList(into.evidence.quotes, b.evidence.quotes);
}

function addOutlet(into: OutletProfile, b: OutletProfile): void {
  into.articles += b.articles;
  into.characters += b.characters;
  into.quotes += b.quotes;
  into.quotedChars += b.quotedChars;
  into.anonymousQuotes += b.anonymousQuotes;
  into.anonymousReported += b.anonymousReported;
  into.jointQuotes += b.jointQuotes;
  addEvidenceList(into.anonymousEvidence, b.anonymousEvidence, ANONYMOUS_CAP);
  for (const [key, s] of Object.entries(b.speakers)) {
    const had = (into.speakers[key] ??= { side: ownString(s.side), quotes: 0, verbs: table() });
    had.quotes += s.quotes;
    addCounts(had.verbs, s.verbs);
  }
  addCounts(into.anonymousSources, b.anonymousSources);
  addCounts(into.quotesBySide, b.quotesBySide);
  for (const [key, f] of Object.entries(b.furniture)) {
    const prev = into.furniture[key];
    if (prev) prev.count += f.count;
    else into.furniture[key] = detached(f);
  }
  addEvidenceList(into.furnitureEvidence, b.furnitureEvidence);
  for (const [id, stats] of Object.entries(b.actors)) addActorStats((into.actors[id] ??= emptyActorStats()), stats);
  addCounts(into.words, b.words);
  into.totalWords += b.totalWords;
}

export function emptyProfile(): CorpusProfile {
  return { version: 1, articles: 0, titlesNotInText: 0, outlets: table(), actors: table() };
}

/** Adds `b` into `acc` (mutating and returning `acc`; `b` is left alone). */
export function accumulateProfile(acc: CorpusProfile, b: CorpusProfile): CorpusProfile {
  acc.articles += b.articles;
  acc.titlesNotInText += b.titlesNotInText;
  for (const [name, outlet] of Object.entries(b.outlets)) addOutlet((acc.outlets[name] ??= emptyOutletProfile()), outlet);
  for (const [id, info] of Object.entries(b.actors)) {
    const prev = acc.actors[id];
    if (!prev || preferred(info, prev)) acc.actors[id] = detached(info);
  }
  return acc;
}

/** One id, two names (`James B. Comey` in one article, `James Comey` in another): the registry's
 *  entry, else the shorter name, whatever order the articles or shards are merged in. */
function preferred(b: ActorInfo, a: ActorInfo): boolean {
  if (a.name === b.name || a.known !== b.known) return b.known && !a.known;
  return b.name.length !== a.name.length ? b.name.length < a.name.length : b.name < a.name;
}

export function mergeProfiles(a: CorpusProfile, b: CorpusProfile): CorpusProfile {
  return accumulateProfile(accumulateProfile(emptyProfile(), a), b);
}
