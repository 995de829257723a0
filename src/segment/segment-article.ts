import type { Article, Segmentation, Span } from '../types.js';

// STUB: whole text is body; paragraphs split on blank lines. Replaced by the segment stage.
export function segmentArticle(article: Article): Segmentation {
  const text = article.text;
  const paragraphs: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) paragraphs.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return {
    segments: [{ kind: 'body', start: 0, end: text.length }],
    paragraphs,
    sentences: paragraphs,
    detectedOutlet: null,
    wire: null,
    dateline: null,
    headline: null,
  };
}
