// What every count is about, decided once: the article's own text (headline and body). Datelines,
// credits and page furniture (the site's own headline lists, related links, footers, data dumps)
// are not the article's findings; furniture is tallied apart and shown in its own section.
// Every view (compare, report, worksheet, HTML, actors) counts through these functions.
import type { ActorRef, ArticleResult, Mention, Quote, SegmentKind, Speaker } from '../types.js';
import { SPEECH_KINDS, UNREAD } from '../types.js';
import { speakerLinker } from '../actors/speaker-actors.js';
import { firstStartingAt } from '../spans.js';

const ARTICLE_TEXT: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['headline', 'body']);

export function inArticleText(kind: SegmentKind): boolean {
  return ARTICLE_TEXT.has(kind);
}

/** Site furniture worth showing apart (its own lists of headlines, related links...), not counted. */
export function inFurniture(kind: SegmentKind): boolean {
  return !ARTICLE_TEXT.has(kind) && !UNREAD.has(kind) && kind !== 'dateline' && kind !== 'wire-credit';
}

/** Direct and partial quotes in the article's own text: the quotes every view counts. */
export function countedQuotes(r: ArticleResult): Quote[] {
  return r.quotes.filter((q) => SPEECH_KINDS.has(q.kind) && inArticleText(q.segment));
}

/** The outlet an article's figures count under: wire copy under its outlet and the agency
 *  (`Breitbart (AP copy)`), so an agency's wording is never counted as the outlet's own. */
export function countedOutlet(outlet: string, wire: string | null | undefined): string {
  return wire ? `${outlet} (${wire} copy)` : outlet;
}

/** Actor mentions in the article's own text: the mentions every view counts. */
export function countedMentions(r: ArticleResult): Mention[] {
  return r.mentions.filter((m) => inArticleText(m.segment));
}

const speakerMentionsOf = new WeakMap<ArticleResult, { actor: string; start: number; end: number }[]>();
/** Speaker phrases of quotes and reported speech in the article's own text that no counted
 *  mention of the speaker's actor covers (`Iran's top national security official rejected …`),
 *  each once: they count as mentions of that actor in every view. */
export function speakerMentions(r: ArticleResult): { actor: string; start: number; end: number }[] {
  let found = speakerMentionsOf.get(r);
  if (!found) speakerMentionsOf.set(r, (found = findSpeakerMentions(r)));
  return found;
}

function findSpeakerMentions(r: ArticleResult): { actor: string; start: number; end: number }[] {
  const spans = new Map<string, Mention[]>();
  for (const m of countedMentions(r)) {
    const list = spans.get(m.actor);
    if (list) list.push(m);
    else spans.set(m.actor, [m]);
  }
  const out = new Map<number, { actor: string; start: number; end: number }>();
  for (const q of r.quotes) {
    if (!q.speaker || !inArticleText(q.segment) || !(SPEECH_KINDS.has(q.kind) || q.kind === 'reported')) continue;
    for (const s of quoteSpeakers(q)) {
      if (out.has(s.start)) continue;
      const actor = actorOfSpeaker(s, r)?.id;
      const { start, end } = s;
      // (An actor's mentions are in text order and do not overlap: the last one starting before
      // the phrase's end is the only one that can cover it.)
      const list = actor ? spans.get(actor) : undefined;
      const last = list ? list[firstStartingAt(list, end) - 1] : undefined;
      if (actor && !(last && last.end > start)) out.set(start, { actor, start, end });
    }
  }
  return [...out.values()];
}

/** Reported-speech spans in the article's own text. */
export function countedReported(r: ArticleResult): Quote[] {
  return r.quotes.filter((q) => q.kind === 'reported' && inArticleText(q.segment));
}

// Each article's actors by id, and for results saved before speakers carried their actor, its
// speaker linker: built once per article, looked up per quote.
const actorsById = new WeakMap<ArticleResult, Map<string, ActorRef>>();
const linkers = new WeakMap<ArticleResult, (s: Speaker) => string | null>();
function legacyActorId(s: Speaker, r: ArticleResult): string | null {
  let link = linkers.get(r);
  if (!link) linkers.set(r, (link = speakerLinker(r.actors, r.mentions)));
  return link(s);
}

/** The actor a quote's speaker is (results saved before speakers carried it are linked here). */
export function speakerActor(q: Quote, r: ArticleResult): ActorRef | null {
  return actorOfSpeaker(q.speaker, r);
}

/** The quote's speaker and those who said it with them (`Pelosi and Schumer said`), in that order. */
export function quoteSpeakers(q: Quote): Speaker[] {
  if (!q.speaker) return [];
  return q.coSpeakers ? [q.speaker, ...q.coSpeakers] : [q.speaker];
}

/** The actor one speaker of a quote is. */
export function actorOfSpeaker(s: Speaker | null, r: ArticleResult): ActorRef | null {
  if (!s || s.anonymous) return null;
  const id = s.actor === undefined ? legacyActorId(s, r) : s.actor;
  if (id === null) return null;
  let byId = actorsById.get(r);
  if (!byId) actorsById.set(r, (byId = new Map(r.actors.map((a) => [a.id, a]))));
  return byId.get(id) ?? null;
}

/** The side a quote gives voice to (see actorSide), or `anonymous`, `unattributed`, or
 * `unaffiliated` for a speaker who is no actor. */
export function sideOf(q: Quote, r: ArticleResult): string {
  return sideOfSpeaker(q.speaker, r);
}

/** The side one speaker of a quote gives voice to (`unattributed` for none). */
export function sideOfSpeaker(s: Speaker | null, r: ArticleResult): string {
  if (s?.anonymous) return 'anonymous';
  const actor = actorOfSpeaker(s, r);
  return actor ? actorSide(actor) : s ? 'unaffiliated' : 'unattributed';
}

/** An actor's side, the same in every article: the state or body the registry places it in; a
 * body the registry does not place is its own side; a person it does not place is `unaffiliated`.
 * (A title's affiliation, `Sen.` → United States, varies by article, so it sets no side.) */
export function actorSide(a: ActorRef): string {
  if (a.known && a.affiliation) return a.affiliation;
  return a.kind === 'person' ? 'unaffiliated' : a.id;
}

const UNRESOLVED_PRONOUN = /^(?:he|she|it|they|him|her|them)$/i;

/** The key, in an outlet's `speakers`, of a speaker who is no actor: `"`, the name as shown, `"`
 *  and the side. Apart by side, so a `the spokesperson` quoted as an unnamed source and a
 *  company's named `the spokesperson` are two rows, each counted on its own side. */
export const unnamedSpeakerKey = (side: string, name: string): string => `"${name}"${side}`;
/** The name in an unnamedSpeakerKey (a side holds no `"`). */
export const unnamedSpeakerName = (key: string): string => key.slice(1, key.lastIndexOf('"'));

/** A speaker's name as the views show it: a pronoun that no name was found for says so
 * (`“it” (unresolved)`), so a table never lists `it` as if it were someone. */
export function shownSpeaker(s: Speaker): string {
  return s.resolvedBy === 'pronoun' && UNRESOLVED_PRONOUN.test(s.name) ? `“${s.name}”${UNRESOLVED_MARK}` : s.name;
}
const UNRESOLVED_MARK = ' (unresolved)';

/** Who said a quote with its speaker, as the views show it after the speaker's name (`, jointly
 *  with Nancy Pelosi`), or `` for a speaker who spoke alone. */
export function jointly(q: Quote): string {
  return jointlyWith((q.coSpeakers ?? []).map(shownSpeaker));
}

/** `, jointly with A, B and C` for the names of co-speakers, `` for none. */
export function jointlyWith(names: readonly string[]): string {
  if (!names.length) return '';
  return `, jointly with ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}
/** Whether a speaker as shownSpeaker gives it is a pronoun no name was found for. */
export const isUnresolvedShown = (shown: string): boolean => shown.endsWith(UNRESOLVED_MARK);
