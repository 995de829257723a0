// `framelens quotes --kind direct --speaker Trump --article ID`: which rows of the quote ledger a
// reader asked for. Rows only: counts elsewhere are never filtered.
import type { QuoteKind } from '../types.js';
import type { QuoteRow } from '../report/article-views.js';
import { closest } from './did-you-mean.js';
import { UsageError } from './errors.js';

const QUOTE_KINDS: readonly string[] = ['direct', 'partial', 'reported', 'scare', 'title', 'term'] satisfies QuoteKind[];

export interface QuoteFilterArgs {
  /** As given: `--kind direct,partial` or `--kind direct --kind partial`. */
  kind?: string | string[];
  speaker?: string;
  article?: string;
}

/** The kinds asked for, each one checked. */
function kindsOf(given: string | string[] | undefined): Set<string> | null {
  const kinds = [given ?? []].flat().flatMap((k) => String(k).split(',')).map((k) => k.trim().toLowerCase()).filter(Boolean);
  for (const k of kinds) {
    if (QUOTE_KINDS.includes(k)) continue;
    const near = closest(k, QUOTE_KINDS);
    throw new UsageError(`--kind ${k} is no kind of quote`, `give ${near ? `--kind ${near}, or ` : ''}one or more of ${QUOTE_KINDS.join(', ')}, separated by commas`);
  }
  return kinds.length ? new Set(kinds) : null;
}

const folded = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** Null when nothing is asked for; else whether a row is one the reader asked for: of one of the
 *  kinds, with a speaker (or co-speaker) whose name or actor id holds the words, in an article
 *  whose id holds the words (each ignoring case). */
export function quoteFilter(args: QuoteFilterArgs): ((row: QuoteRow) => boolean) | null {
  const kinds = kindsOf(args.kind);
  const speaker = args.speaker ? folded(args.speaker) : null;
  const article = args.article ? folded(args.article) : null;
  if (!kinds && speaker === null && article === null) return null;
  return (row) =>
    (!kinds || kinds.has(row.kind)) &&
    (article === null || folded(row.article).includes(article)) &&
    (speaker === null || [row.speaker, row.actor, row.co_speakers, row.co_actors].some((v) => v !== null && folded(v).includes(speaker)));
}
