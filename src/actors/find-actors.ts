import type { ActorRef, LexiconSet, Mention, Quote, Segmentation } from '../types.js';

// STUB: replaced by the actors stage.
export function findActors(_text: string, _seg: Segmentation, _quotes: Quote[], _lex: LexiconSet): { actors: ActorRef[]; mentions: Mention[] } {
  return { actors: [], mentions: [] };
}
