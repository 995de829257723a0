// What the compare tables, the report and the worksheet show, accumulated one article at a time
// (only counts and a few evidence sentences are kept, so any number of articles fits in memory).
// Outlet × actor figures come from the aggregate stage's profile; this view adds what it does
// not keep: the articles in input order, the quote ledger, and loaded terms by lexicon entry.
import { accumulateProfile, compareOutlets, countedQuotes, emptyProfile, inArticleText, profileArticle, sideOf, speakerActor, type Comparison, type ComparisonRow, type CorpusProfile } from '../aggregate/index.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import { truncate, voicePhrase } from './text.js';
import { storyInputOf, type StoryInput } from '../stories/index.js';

const EVIDENCE_PER_ENTRY = 3;
// A worksheet is a handful of articles: the story check reads at most this many.
const STORY_INPUTS = 50;

export interface QuoteLedgerRow {
  article: string;
  outlet: string;
  speaker: string;
  role: string;
  anonymous: boolean;
  /** The speaker's side: the state or body the speaker belongs to, or `anonymous` / `unaffiliated` / `unattributed`. */
  side: string;
  verb: string;
  lemma: string;
  kind: string;
  quote: string;
}

export interface LoadedUse {
  entry: string;
  category: string;
  byOutlet: Map<string, { narrator: number; quote: number; reported: number }>;
  evidence: { article: string; outlet: string; text: string; sentence: string; voice: string; about: string | null }[];
}

export interface ArticleInfo {
  id: string;
  outlet: string;
  published?: string;
  title?: string;
  /** The headline the segmenter found in the text, when the input gave no title. */
  headline?: string;
  wire: string | null;
  length: number;
  quotes: number;
}

export interface CorpusView {
  articles: ArticleInfo[];
  /** What the story stage needs of the first articles, to say whether a worksheet's articles are one story. */
  storyInputs: StoryInput[];
  /** Outlets in input order. */
  outlets: string[];
  ledger: QuoteLedgerRow[];
  loaded: Map<string, LoadedUse>;
  profile: CorpusProfile;
}

export const UNKNOWN_OUTLET = 'outlet unknown';

export function emptyView(): CorpusView {
  return { articles: [], storyInputs: [], outlets: [], ledger: [], loaded: new Map(), profile: emptyProfile() };
}

export function addArticle(view: CorpusView, r: ArticleResult, text: string, lexicons: LexiconSet): void {
  const outlet = r.outlet ?? UNKNOWN_OUTLET;
  accumulateProfile(view.profile, profileArticle({ ...r, outlet }, { text }));
  if (!view.outlets.includes(outlet)) view.outlets.push(outlet);
    if (view.storyInputs.length < STORY_INPUTS) view.storyInputs.push(storyInputOf({ ...r, outlet }, text));
  // No headline found: the opening words of the body name the article for a reader.
  const headline = r.segments.find((s) => s.kind === 'headline') ?? r.segments.find((s) => s.kind === 'body');
  view.articles.push({
    id: r.id,
    outlet,
    published: r.published,
    title: r.title,
    ...(headline ? { headline: truncate(text.slice(headline.start, Math.min(headline.end, headline.start + 400)), 90) } : {}),
    wire: r.wire,
    length: r.length,
    quotes: countedQuotes(r).length,
  });
  const registryName = new Map(lexicons.actors.map((a) => [a.id, a.name]));
  const actorName = (id: string) => registryName.get(id) ?? r.actors.find((a) => a.id === id)?.name ?? id;

  for (const f of r.framing) {
    if (!inArticleText(f.segment)) continue;
    let use = view.loaded.get(f.entry);
    if (!use) view.loaded.set(f.entry, (use = { entry: f.entry, category: f.category, byOutlet: new Map(), evidence: [] }));
    const counts = use.byOutlet.get(outlet) ?? { narrator: 0, quote: 0, reported: 0 };
    counts[f.voice.kind]++;
    use.byOutlet.set(outlet, counts);
    if (use.evidence.length < EVIDENCE_PER_ENTRY) {
      const voice = f.voice.kind === 'narrator' ? 'narrator' : voicePhrase(f.voice.kind, f.voice.speaker?.name);
      const sentence = text.slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' ').trim() || f.text;
      use.evidence.push({ article: r.id, outlet, text: f.text, sentence, voice, about: f.actor ? actorName(f.actor) : null });
    }
  }
  for (const q of countedQuotes(r)) {
    const actor = speakerActor(q, r);
    const side = sideName(sideOf(q, r), actorName);
    view.ledger.push({
      article: r.id,
      outlet,
      speaker: q.speaker?.name ?? 'unattributed',
      role: q.speaker?.role ?? actor?.role ?? '',
      anonymous: q.speaker?.anonymous ?? false,
      side,
      verb: q.cue?.text ?? '',
      lemma: q.cue?.lemma ?? '',
      kind: q.kind,
      quote: q.text,
    });
  }
}

/** The aggregate stage's outlet × actor comparison (with distinctive words) for this corpus. */
export function comparisonOf(view: CorpusView, lexicons: LexiconSet): Comparison {
  return compareOutlets(view.profile, { attribution: lexicons.attribution, top: 12, minCount: 2 });
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

/** The main actors plus every actor some outlet names with a label (ISIL as `Takfiri terrorists`). */
export function actorsToShow(c: Comparison, main = 6): string[] {
  const labelled = [...rowsByActor(c)].filter(([, byOutlet]) => [...byOutlet.values()].some((r) => r.labels.length)).map(([id]) => id);
  return [...new Set([...mainActors(c, main), ...labelled])];
}

const NOT_ACTORS = new Set(['anonymous', 'unaffiliated', 'unattributed']);

/** A side as shown: the actor's name, or the word for a quote with no actor behind it. */
function sideName(side: string, name: (id: string) => string): string {
  return NOT_ACTORS.has(side) ? side : name(side);
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
