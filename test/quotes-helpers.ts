// Runs the quote stage on a snippet, as the pipeline does.
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import type { Quote } from '../src/types.js';

export const lexicons = loadLexicons();

export function quotesOf(text: string): Quote[] {
  return findQuotes(text, segmentArticle({ id: 't', text, outlet: null }), lexicons).quotes;
}

export const speech = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct' || q.kind === 'partial');
export const reported = (text: string) => quotesOf(text).filter((q) => q.kind === 'reported');
