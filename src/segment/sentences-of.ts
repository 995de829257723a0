import type { Segment, Span } from '../types.js';
import { findParagraphs } from './paragraphs.js';
import { splitSentences } from './split-sentences.js';

/**
 * The segment stage's sentences, rebuilt from an article's text and its typed segments (what a
 * result keeps): each paragraph's stretch inside each segment, split as `segmentArticle` splits it.
 */
export function sentencesOf(text: string, segments: readonly Segment[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const p of findParagraphs(text)) {
    while (at < segments.length && segments[at]!.end <= p.start) at++;
    for (let i = at; i < segments.length && segments[i]!.start < p.end; i++) {
      // (One by one: a paragraph may hold hundreds of thousands of sentences, too many to spread.)
      for (const s of splitSentences(text, Math.max(p.start, segments[i]!.start), Math.min(p.end, segments[i]!.end))) out.push(s);
    }
  }
  return out;
}
