// Flat per-article views for `framelens quotes` and `framelens actors`.
import { actorFigures, actorOfSpeaker, countedOutlet, profileArticle, quoteWords, sideOf, speakerActor, UNKNOWN_OUTLET, type ActorFigures } from '../aggregate/index.js';
import type { ActorEntry, ArticleResult } from '../types.js';
import { sideName, UNKNOWN_OUTLET as SHOWN_UNKNOWN_OUTLET } from './corpus-view.js';
import { renderTable } from './terminal-table.js';

/** One quote as `framelens quotes` and `analyze --format csv` list it: the same columns in both,
 *  with the actor the speaker is and the speaker's side as `compare` counts them. */
export interface QuoteRow {
  article: string;
  outlet: string | null;
  quote_id: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  speaker_role: string | null;
  anonymous: boolean;
  cue: string | null;
  cue_lemma: string | null;
  segment: string;
  /** The actor id of the speaker (compare's `speakers[].actor`), or null. */
  actor: string | null;
  /** compare's side id: a state or body, `anonymous`, `unaffiliated` or `unattributed`. */
  side: string;
  text: string;
  /** The article's address, when the input gave one (a WARC record's target URI). */
  url: string | null;
  /** Those who said it with the speaker (`Pelosi and Schumer said`), `; `-separated, or null. */
  co_speakers: string | null;
  /** Their actor ids in the same order (`none` for one who is no actor), or null. */
  co_actors: string | null;
}

export const QUOTE_COLUMNS: (keyof QuoteRow)[] = ['article', 'outlet', 'quote_id', 'start', 'end', 'kind', 'speaker', 'speaker_role', 'anonymous', 'cue', 'cue_lemma', 'segment', 'actor', 'side', 'text', 'url', 'co_speakers', 'co_actors'];

/** A row's outlet: as given, but wire copy's with its agency (`Breitbart (AP copy)`), named as
 *  compare names it, so rows add up to compare's figures. */
const rowOutlet = (r: ArticleResult): string | null => (r.wire ? countedOutlet(r.outlet ?? SHOWN_UNKNOWN_OUTLET, r.wire) : r.outlet);

export function quoteRows(r: ArticleResult): QuoteRow[] {
  return r.quotes.map((q) => ({
    article: r.id,
    outlet: rowOutlet(r),
    quote_id: q.id,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    speaker_role: q.speaker?.role ?? null,
    anonymous: q.speaker?.anonymous ?? false,
    cue: q.cue?.text ?? null,
    cue_lemma: q.cue?.lemma ?? null,
    segment: q.segment,
    actor: speakerActor(q, r)?.id ?? null,
    side: sideOf(q, r),
    // The speaker's words, not the narrator's between the pieces (the offsets give the span).
    text: quoteWords(q),
    url: r.url ?? null,
    co_speakers: q.coSpeakers?.map((s) => s.name).join('; ') ?? null,
    co_actors: q.coSpeakers?.map((s) => actorOfSpeaker(s, r)?.id ?? 'none').join('; ') ?? null,
  }));
}

/** An article's actor with the figures compare counts (see ActorFigures): the labels verbatim,
 * each once, e.g. `Takfiri terrorists`. */
export interface ActorRow extends ActorFigures {
  article: string;
  outlet: string | null;
}

/** Distinct strings, ignoring case and curly/straight apostrophes; the first spelling is kept. */
export function uniqueFolded(texts: string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of texts) {
    const key = t.toLowerCase().replace(/[’‘]/g, "'");
    if (!seen.has(key)) seen.set(key, t);
  }
  return [...seen.values()];
}

/** Per actor: mentions, labels, quotes and side as the aggregate counts them (the article's own
 * text; a person's quotes also count for the state or body they belong to, listed even when the
 * article does not name it), so `actors` and `compare` agree. `registry` names those sides. */
export function actorRows(r: ArticleResult, registry: readonly ActorEntry[] = []): ActorRow[] {
  const profile = profileArticle(r);
  return actorFigures(profile, countedOutlet(r.outlet ?? UNKNOWN_OUTLET, r.wire), registry).map((a) => ({ article: r.id, outlet: rowOutlet(r), ...a, labels: uniqueFolded(a.labels) }));
}

export function renderQuoteRows(rows: QuoteRow[], opts: { width: number; colour: boolean }): string {
  return `${renderTable(
    ['Outlet', 'Speaker', 'Cue', 'Kind', 'Quote'],
    rows.map((q) => [q.outlet ?? q.article, `${q.speaker ?? '—'}${q.anonymous ? ' (anon.)' : ''}${q.speaker_role ? `, ${q.speaker_role}` : ''}`, q.cue ?? '—', q.kind, q.text]),
    { ...opts, maxCell: [undefined, undefined, undefined, undefined, 160] }, // only a long quote's tail is cut
  )}\n`;
}

export function renderActorRows(rows: ActorRow[], opts: { width: number; colour: boolean }): string {
  // The state or body an actor belongs to, by name as compare shows sides (the rows hold its id;
  // the id stands when no row names it); a person the registry does not place is of no known
  // affiliation, as in compare; a state or body that is its own side has none.
  const names = new Map(rows.map((a) => [a.actor, a.name]));
  const affiliation = (a: ActorRow) => (a.side === a.actor ? '—' : sideName(a.side, (id) => names.get(id) ?? id));
  return `${renderTable(
    ['Outlet', 'Actor', 'Kind', 'Affiliation', 'Mentions', 'Quoted', 'Labels used'],
    rows.map((a) => [a.outlet ?? a.article, a.name, a.kind, affiliation(a), String(a.mentions), String(a.quoted), a.labels.join('; ') || '—']),
    { ...opts, maxCell: [undefined, undefined, undefined, undefined, undefined, undefined, 160] },
  )}\n`;
}
