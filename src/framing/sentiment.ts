import type { Mention, Quote, Segmentation, SentimentScore } from '../types.js';

// STUB: replaced by the sentiment stage.
export function scoreSentiment(_text: string, _seg: Segmentation, _quotes: Quote[], _mentions: Mention[]): SentimentScore[] {
  return [];
}
