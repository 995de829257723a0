import type { FramingHit, LexiconSet, Mention, Quote, Segmentation } from '../types.js';

// STUB: replaced by the framing stage.
export function findFraming(_text: string, _seg: Segmentation, _quotes: Quote[], _mentions: Mention[], _lex: LexiconSet): FramingHit[] {
  return [];
}
