// The corpus view as a merge of per-article views. `articleView` is a pure function of one
// article's result (and its text, when there is one); `mergeViewInto` adds one view into another.
// Counts add; the lists a report shows keep their first items in input order (bounded); distinct
// names keep their order of first appearance. The merge is associative, so a corpus analysed in
// shards and merged shard by shard, in input order, gives the view one run gives; every count is
// also the same in any order.
import { accumulateProfile, actorOfSpeaker, countedOutlet, countedQuotes, isVerbCue, emptyProfile, inArticleText, profileArticle, quoteWords, shownSpeaker, sideOf, speakerActor } from '../aggregate/index.js';
import { addDistinct, detached, ownString, pushFirst } from '../aggregate/bounded.js';
import { storyInputOf } from '../stories/index.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import { exampleQuote, sideName, SKIPPED_KEPT, UNKNOWN_OUTLET, type ArticleInfo, type CorpusView, type QuoteLedgerRow, type SideVerbs } from './corpus-view.js';
import { truncate, voicePhrase } from './text.js';

/** Articles listed (the report's corpus table, the worksheet, the HTML view's articles). */
export const ARTICLES_KEPT = 100;
/** Quote ledger rows kept: the report shows the first 300 and says how many there are. */
export const LEDGER_KEPT = 300;
/** Example sentences kept per loaded-term entry. */
const EVIDENCE_PER_ENTRY = 3;
/** A worksheet is a handful of articles: the story check reads at most this many. */
export const STORY_INPUTS = 50;

export function emptyView(): CorpusView {
  return {
    articleCount: 0,
    articles: [],
    wireCount: 0,
    wireArticles: [],
    storyInputs: [],
    outlets: [],
    quoteCount: 0,
    ledger: [],
    exampleQuote: new Map(),
    sides: new Map(),
    loaded: new Map(),
    profile: emptyProfile(),
    skipped: { count: 0, inputs: [] },
    repeatedIds: { count: 0, ids: [] },
  };
}

/** One article's view (its lists hold every item of the article; merging bounds them). `text` is
 * null for results saved without it: evidence is then the span itself, and there are no word counts. */
export function articleView(r: ArticleResult, text: string | null, lexicons: LexiconSet, opts: { storyInput?: boolean } = {}): CorpusView {
  const view = emptyView();
  // (The profile names wire copy's outlet with its agency as this does: see countedOutlet.)
  const withOutlet = { ...r, outlet: r.outlet ?? UNKNOWN_OUTLET };
  const outlet = countedOutlet(withOutlet.outlet, r.wire);
  view.articleCount = 1;
  view.outlets.push(outlet);
  accumulateProfile(view.profile, profileArticle(withOutlet, text === null ? {} : { text }));
  if (opts.storyInput) view.storyInputs.push(storyInputOf(withOutlet, text));
  const counted = countedQuotes(r);
  // No headline found: the opening words of the body name the article for a reader.
  const headline = text === null ? undefined : (r.segments.find((s) => s.kind === 'headline') ?? r.segments.find((s) => s.kind === 'body'));
  const info: ArticleInfo = {
    id: r.id,
    // (An article is listed under its publisher, with the agency in its own column.)
    outlet: withOutlet.outlet,
    published: r.published,
    title: r.title,
    url: r.url,
    ...(headline && text !== null ? { headline: truncate(text.slice(headline.start, Math.min(headline.end, headline.start + 400)), 90) } : {}),
    wire: r.wire,
    length: r.length,
    quotes: counted.length,
  };
  view.articles.push(info);
  if (r.wire) {
    view.wireCount = 1;
    view.wireArticles.push(info);
  }
  const registryName = new Map(lexicons.actors.map((a) => [a.id, a.name]));
  const actorName = (id: string) => registryName.get(id) ?? r.actors.find((a) => a.id === id)?.name ?? id;

  for (const f of r.framing) {
    if (!inArticleText(f.segment)) continue;
    let use = view.loaded.get(f.entry);
    if (!use) view.loaded.set(f.entry, (use = { entry: f.entry, category: f.category, byOutlet: new Map(), forms: new Map(), evidence: [] }));
    const form = f.text.toLowerCase();
    use.forms.set(form, (use.forms.get(form) ?? 0) + 1);
    const counts = use.byOutlet.get(outlet) ?? { narrator: 0, quote: 0, reported: 0 };
    counts[f.voice.kind]++;
    use.byOutlet.set(outlet, counts);
    if (use.evidence.length < EVIDENCE_PER_ENTRY) {
      const voice = f.voice.kind === 'narrator' ? 'narrator' : voicePhrase(f.voice.kind, f.voice.speaker?.name);
      const sentence = (text ?? '').slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' ').trim() || f.text;
      use.evidence.push({ article: r.id, outlet, text: f.text, sentence, voice, about: f.actor ? actorName(f.actor) : null });
    }
  }
  for (const q of counted) {
    const actor = speakerActor(q, r);
    const side = sideOf(q, r);
    const row: QuoteLedgerRow = {
      article: r.id,
      ...(r.url ? { url: r.url } : {}),
      outlet,
      speaker: q.speaker ? shownSpeaker(q.speaker) : 'unattributed',
      actor: actor?.id ?? null,
      role: q.speaker?.role ?? actor?.role ?? '',
      anonymous: q.speaker?.anonymous ?? false,
      side,
      sideName: sideName(side, actorName),
      verb: q.cue?.text ?? '',
      lemma: q.cue?.lemma ?? '',
      kind: q.kind,
      quote: quoteWords(q),
    };
    if (q.coSpeakers?.length) row.with = q.coSpeakers.map((s) => ({ speaker: shownSpeaker(s), actor: actorOfSpeaker(s, r)?.id ?? null }));
    view.ledger.push(row);
    tallyQuote(view, row);
  }
  view.quoteCount = counted.length;
  return view;
}

/** What the worksheet reads of one ledger row (who is quoted is counted in the aggregate). */
function tallyQuote(view: CorpusView, row: QuoteLedgerRow): void {
  view.exampleQuote.set(row.outlet, exampleQuote(view.exampleQuote.get(row.outlet), row));
  let side = view.sides.get(row.sideName);
  if (!side) view.sides.set(row.sideName, (side = { verbs: new Map(), outlets: new Set() }));
  if (row.verb && isVerbCue(row.lemma)) {
    const lemma = row.lemma.toLowerCase();
    const had = side.verbs.get(lemma);
    if (had) had.count++;
    else side.verbs.set(lemma, { form: row.verb.toLowerCase(), count: 1 });
    side.outlets.add(row.outlet);
  }
}

function mergeSides(into: Map<string, SideVerbs>, b: Map<string, SideVerbs>): void {
  for (const [name, s] of b) {
    let side = into.get(name);
    if (!side) into.set(ownString(name), (side = { verbs: new Map(), outlets: new Set() }));
    for (const [lemma, v] of s.verbs) {
      const had = side.verbs.get(lemma);
      if (had) had.count += v.count;
      else side.verbs.set(ownString(lemma), { form: ownString(v.form), count: v.count });
    }
    addDistinct(side.outlets, s.outlets);
  }
}

/** Adds `b` into `acc` (mutating and returning `acc`; `b` is left alone, and what `acc` keeps of it is copied). */
export function mergeViewInto(acc: CorpusView, b: CorpusView): CorpusView {
  acc.articleCount += b.articleCount;
  pushFirst(acc.articles, b.articles, ARTICLES_KEPT);
  acc.wireCount += b.wireCount;
  pushFirst(acc.wireArticles, b.wireArticles, ARTICLES_KEPT);
  pushFirst(acc.storyInputs, b.storyInputs, STORY_INPUTS);
  // The profile has an entry per outlet seen (merged below): a lookup, not a scan of the list.
  for (const o of b.outlets) if (!Object.hasOwn(acc.profile.outlets, o) && !acc.outlets.includes(o)) acc.outlets.push(ownString(o));
  acc.quoteCount += b.quoteCount;
  pushFirst(acc.ledger, b.ledger, LEDGER_KEPT);
  acc.skipped.count += b.skipped.count;
  pushFirst(acc.skipped.inputs, b.skipped.inputs, SKIPPED_KEPT);
  acc.repeatedIds.count += b.repeatedIds.count;
  pushFirst(acc.repeatedIds.ids, b.repeatedIds.ids, SKIPPED_KEPT);
  for (const [outlet, row] of b.exampleQuote) {
    const had = acc.exampleQuote.get(outlet);
    if (exampleQuote(had, row) !== had) acc.exampleQuote.set(ownString(outlet), detached(row));
  }
  mergeSides(acc.sides, b.sides);
  for (const [entry, use] of b.loaded) {
    let into = acc.loaded.get(entry);
    if (!into) acc.loaded.set(ownString(entry), (into = { entry: ownString(entry), category: ownString(use.category), byOutlet: new Map(), forms: new Map(), evidence: [] }));
    for (const [form, n] of use.forms) into.forms.set(into.forms.has(form) ? form : ownString(form), (into.forms.get(form) ?? 0) + n);
    for (const [outlet, c] of use.byOutlet) {
      const had = into.byOutlet.get(outlet) ?? { narrator: 0, quote: 0, reported: 0 };
      into.byOutlet.set(into.byOutlet.has(outlet) ? outlet : ownString(outlet), { narrator: had.narrator + c.narrator, quote: had.quote + c.quote, reported: had.reported + c.reported });
    }
    pushFirst(into.evidence, use.evidence, EVIDENCE_PER_ENTRY);
  }
  accumulateProfile(acc.profile, b.profile);
  return acc;
}

/** The merge of two views, neither changed. */
export function mergeViews(a: CorpusView, b: CorpusView): CorpusView {
  return mergeViewInto(mergeViewInto(emptyView(), a), b);
}
