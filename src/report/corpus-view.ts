// What the compare tables, the report and the worksheet show, as a merge of per-article views
// (src/report/merge-views.ts): counts, and for the passages the views show a bounded,
// deterministic selection (the first ones in input order), so memory does not grow with the
// number of articles. Outlet × actor figures come from the aggregate stage's profile; this view
// adds what it does not keep: the articles, the quote ledger's first rows, and
// loaded terms by lexicon entry.
import { compareOutlets, jointlyWith, type Comparison, type ComparisonRow, type CorpusProfile } from '../aggregate/index.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import type { StoryInput } from '../stories/index.js';
import { articleView, mergeViewInto, STORY_INPUTS } from './merge-views.js';
import { characterisingLabels } from './characterising.js';

export { emptyView, mergeViewInto, mergeViews, articleView, ARTICLES_KEPT, LEDGER_KEPT } from './merge-views.js';

export interface QuoteLedgerRow {
  article: string;
  /** The article's address, when the input gave one. */
  url?: string;
  outlet: string;
  /** The speaker as the article gives it. */
  speaker: string;
  /** The actor the speaker is (views show its corpus name), or null. */
  actor: string | null;
  role: string;
  anonymous: boolean;
  /** The speaker's side, as compare's `sides` and `speakers` give it: the id of the state or body
   *  the speaker belongs to, or `anonymous` / `unaffiliated` / `unattributed`. */
  side: string;
  /** The side as the views show it (`United States`, `no known affiliation`). */
  sideName: string;
  verb: string;
  lemma: string;
  kind: string;
  quote: string;
  /** Those who said it with the speaker (`Pelosi and Schumer said`), each with its actor, if any. */
  with?: { speaker: string; actor: string | null }[];
}

export interface LoadedUse {
  entry: string;
  category: string;
  byOutlet: Map<string, { narrator: number; quote: number; reported: number }>;
  /** Each form of the entry found (lower case) and how often: a few per entry, whatever the corpus. */
  forms: Map<string, number>;
  evidence: { article: string; outlet: string; text: string; sentence: string; voice: string; about: string | null }[];
}

export interface ArticleInfo {
  id: string;
  /** The publisher, as given (wire copy's figures count under countedOutlet, with `wire`). */
  outlet: string;
  published?: string;
  title?: string;
  url?: string;
  /** The headline the segmenter found in the text, when the input gave no title. */
  headline?: string;
  wire: string | null;
  length: number;
  quotes: number;
}

/** How a side's quotes are introduced: the cues and the outlets, each in order of first use. */
export interface SideVerbs {
  /** Each cue by its lemma lower-cased (`Tells` and `told` are `tell`): the first form written,
   *  lower-cased, and how many quotes it introduces. */
  verbs: Map<string, { form: string; count: number }>;
  outlets: Set<string>;
}

export interface CorpusView {
  /** Every article analysed (the lists below hold the first ones only). */
  articleCount: number;
  /** The first ARTICLES_KEPT articles in input order. */
  articles: ArticleInfo[];
  wireCount: number;
  /** The first ARTICLES_KEPT wire-copy articles in input order. */
  wireArticles: ArticleInfo[];
  /** What the story stage needs of the first articles, to say whether a worksheet's articles are one story. */
  storyInputs: StoryInput[];
  /** Outlets in input order. */
  outlets: string[];
  /** Direct and partial quotes in the articles' own text. */
  quoteCount: number;
  /** The first LEDGER_KEPT of them, in article order. */
  ledger: QuoteLedgerRow[];
  /** outlet → the quote the worksheet shows: its first whole utterance, else its first quote (see exampleQuote). */
  exampleQuote: Map<string, QuoteLedgerRow>;
  /** side → the cues of its quotes, sides in order of first quote. */
  sides: Map<string, SideVerbs>;
  loaded: Map<string, LoadedUse>;
  profile: CorpusProfile;
  /** Inputs that could not be read, so none of the figures counts them: how many, and the first
   *  SKIPPED_KEPT as `FILE:LINE: what happened`. Saved with the figures, since stderr is easily lost. */
  skipped: { count: number; inputs: string[] };
  /** Articles whose id an earlier one has (an input given twice, overlapping shards): counted
   *  again in every figure. How many, and the first SKIPPED_KEPT ids. */
  repeatedIds: { count: number; ids: string[] };
}

export const SKIPPED_KEPT = 20;

export const UNKNOWN_OUTLET = 'outlet unknown';

/** A direct quote of five words or more shows a class what a speaker said; a one-word partial
 * quote (`“tolerate”`) does not. */
function isWholeUtterance(row: QuoteLedgerRow): boolean {
  return row.kind === 'direct' && row.quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 5;
}

/** The example to keep of `had` (earlier) and `next` (later): the first whole utterance, else the
 * first quote. Associative, so merging views in order gives the one-pass answer. */
export function exampleQuote(had: QuoteLedgerRow | undefined, next: QuoteLedgerRow): QuoteLedgerRow {
  return !had || (!isWholeUtterance(had) && isWholeUtterance(next)) ? next : had;
}

/** Adds one article to the view: its per-article view merged in. */
export function addArticle(view: CorpusView, r: ArticleResult, text: string | null, lexicons: LexiconSet): void {
  mergeViewInto(view, articleView(r, text, lexicons, { storyInput: view.storyInputs.length < STORY_INPUTS }));
}

/** Articles per outlet, from the profile (every article, not only the ones listed). */
export function articlesOf(view: CorpusView, outlet: string): number {
  return view.profile.outlets[outlet]?.articles ?? 0;
}

/** The aggregate stage's outlet × actor comparison (with distinctive words) for this corpus. */
export function comparisonOf(view: CorpusView, lexicons: LexiconSet): Comparison {
  return compareOutlets(view.profile, { attribution: lexicons.attribution, registry: lexicons.actors, nicknames: lexicons.nicknames, firstNames: lexicons.firstNames, top: 12, minCount: 2 });
}

/** actor id → outlet → row. */
export function rowsByActor(c: Comparison): Map<string, Map<string, ComparisonRow>> {
  const out = new Map<string, Map<string, ComparisonRow>>();
  for (const row of c.rows) {
    if (row.actor === '-') continue; // loaded terms about no actor
    const byOutlet = out.get(row.actor) ?? new Map<string, ComparisonRow>();
    byOutlet.set(row.outlet, row);
    out.set(row.actor, byOutlet);
  }
  return out;
}

export function actorName(c: Comparison, id: string): string {
  return c.actors.find((a) => a.id === id)?.name ?? id;
}

/** A ledger row's speaker as every view shows it: the actor's corpus name, else as written. */
export function ledgerSpeaker(c: Comparison, row: QuoteLedgerRow): string {
  const shown = (w: { speaker: string; actor: string | null }) => (w.actor === null ? w.speaker : actorName(c, w.actor));
  return `${shown(row)}${jointlyWith((row.with ?? []).map(shown))}`;
}

/** Actors mentioned in the most outlets, then most often: the ones worth a side-by-side table. */
export function mainActors(c: Comparison, limit = 6): string[] {
  return [...rowsByActor(c)]
    .map(([id, byOutlet]) => {
      const rows = [...byOutlet.values()].filter((r) => r.mentions > 0);
      return { id, kind: rows[0]?.kind, outlets: rows.length, mentions: rows.reduce((a, r) => a + r.mentions, 0) };
    })
    .filter((a) => a.mentions > 0 && a.kind !== 'media-outlet')
    .sort((a, b) => b.outlets - a.outlets || b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((a) => a.id);
}

/** The main actors plus as many more that some outlet labels in words that characterise them
 *  (ISIL as `Takfiri terrorists`, `billionaire Michael Bloomberg`), most mentioned first: people's
 *  descriptions are many on a corpus, so the labelled are capped too. */
export function actorsToShow(c: Comparison, main = 6): string[] {
  const labelled = [...rowsByActor(c)]
    .map(([id, byOutlet]) => ({ id, rows: [...byOutlet.values()] }))
    .filter(({ rows }) => rows.some((r) => characterisingLabels(r).length))
    .map(({ id, rows }) => ({ id, mentions: rows.reduce((n, r) => n + r.mentions, 0) }))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, main)
    .map((a) => a.id);
  return [...new Set([...mainActors(c, main), ...labelled])];
}

const NOT_ACTORS = new Map([
  ['anonymous', 'anonymous'],
  ['unaffiliated', 'no known affiliation'],
  ['unattributed', 'unattributed'],
]);

/** What every view calls a side. */
export const SIDE_MEANS = 'the state or body the actor registry places the speaker in';

/** A side that is a state or body (not anonymous, unattributed or of no known affiliation). */
export function isPlaced(side: string): boolean {
  return !NOT_ACTORS.has(side);
}

/** The same for a side as shown (`no known affiliation` is not placed). */
export function isPlacedName(shown: string): boolean {
  return ![...NOT_ACTORS.values()].includes(shown);
}

/** Said once where sides would be compared but no speaker has one. */
export const NO_SIDES = 'No speaker in these articles has a known side (a state, party or body): every one is of no known affiliation, so the quotes cannot be compared by side. To give a person a side, add them to an actors lexicon with an “affiliation” and pass its folder with --lexicons (see the README, “Lexicons”).';

/** A side as shown: the actor's name, or the words for a quote with no state or body behind it. */
export function sideName(side: string, name: (id: string) => string): string {
  return NOT_ACTORS.get(side) ?? name(side);
}

/** Quotes per speaker side, per outlet (from the aggregate comparison). */
export function voiceShare(view: CorpusView, c: Comparison): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>(view.outlets.map((o) => [o, new Map<string, number>()]));
  for (const o of c.outlets) {
    const m = out.get(o.outlet) ?? new Map<string, number>();
    for (const { side, count } of o.sides) m.set(sideName(side, (id) => actorName(c, id)), count);
    out.set(o.outlet, m);
  }
  return out;
}

/** The aggregate's figures for one outlet. */
export function outletFigures(c: Comparison, outlet: string): Comparison['outlets'][number] | undefined {
  return c.outlets.find((o) => o.outlet === outlet);
}
