import type { Diagnostic, LexiconSet, Quote, Segmentation } from '../types.js';

// STUB: replaced by the quote engine.
export function findQuotes(_text: string, _seg: Segmentation, _lex: LexiconSet): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  return { quotes: [], diagnostics: [] };
}
