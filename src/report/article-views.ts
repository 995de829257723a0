// Flat per-article views for `framelens quotes` and `framelens actors`.
import { profileArticle, quoteWords } from '../aggregate/index.js';
import type { ArticleResult } from '../types.js';
import { renderTable } from './terminal-table.js';

export interface QuoteRow {
  article: string;
  outlet: string | null;
  id: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
  cue: string | null;
  text: string;
}

export function quoteRows(r: ArticleResult): QuoteRow[] {
  return r.quotes.map((q) => ({
    article: r.id,
    outlet: r.outlet,
    id: q.id,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
    anonymous: q.speaker?.anonymous ?? false,
    cue: q.cue?.text ?? null,
    // The speaker's words, not the narrator's between the pieces (the offsets give the span).
    text: quoteWords(q),
  }));
}

export interface ActorRow {
  article: string;
  outlet: string | null;
  actor: string;
  name: string;
  kind: string;
  affiliation: string | null;
  mentions: number;
  /** Label mentions verbatim, in order of first use, e.g. `Takfiri terrorists`. */
  labels: string[];
  /** Direct and partial quotes whose speaker is this actor. */
  quoted: number;
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

/** Per actor: mentions, labels and quotes as the aggregate counts them (the article's own text;
 * a person's quotes also count for the state or body they belong to), so `actors` and `compare` agree. */
export function actorRows(r: ArticleResult): ActorRow[] {
  const profile = profileArticle(r);
  const stats = Object.values(profile.outlets)[0]?.actors ?? {};
  return r.actors
    .filter((a) => Object.hasOwn(stats, a.id))
    .map((a) => {
      const s = stats[a.id];
      const labels = uniqueFolded(Object.keys(s.labels));
      return { article: r.id, outlet: r.outlet, actor: a.id, name: a.name, kind: a.kind, affiliation: a.affiliation, mentions: s.mentions, labels, quoted: s.quotes };
    });
}

export function renderQuoteRows(rows: QuoteRow[], opts: { width: number; colour: boolean }): string {
  return `${renderTable(
    ['Outlet', 'Speaker', 'Cue', 'Kind', 'Quote'],
    rows.map((q) => [q.outlet ?? q.article, `${q.speaker ?? '—'}${q.anonymous ? ' (anon.)' : ''}${q.role ? `, ${q.role}` : ''}`, q.cue ?? '—', q.kind, q.text]),
    { ...opts, maxCell: [undefined, undefined, undefined, undefined, 160] }, // only a long quote's tail is cut
  )}\n`;
}

export function renderActorRows(rows: ActorRow[], opts: { width: number; colour: boolean }): string {
  // The state or body an actor belongs to, by name as compare shows sides (the rows hold its id;
  // the id stands when no row names it).
  const names = new Map(rows.map((a) => [a.actor, a.name]));
  return `${renderTable(
    ['Outlet', 'Actor', 'Kind', 'Affiliation', 'Mentions', 'Quoted', 'Labels used'],
    rows.map((a) => [a.outlet ?? a.article, a.name, a.kind, a.affiliation === null ? '—' : (names.get(a.affiliation) ?? a.affiliation), String(a.mentions), String(a.quoted), a.labels.join('; ') || '—']),
    { ...opts, maxCell: [undefined, undefined, undefined, undefined, undefined, undefined, 160] },
  )}\n`;
}
