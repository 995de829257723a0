// What `framelens extract` prints: the article's text and metadata with the segments the analysis
// uses. Apart from pipeline.ts so that `extract` loads the segmenter only, not the other stages.
import type { Article } from '../types.js';
import { segmentArticle } from '../segment/segment-article.js';
import type { ExtractedPage } from './extract-page.js';

/** The same shape for a web page and for any other input. */
export type ExtractedArticle = Omit<ExtractedPage, 'notes'>;

export function extractedArticle(article: Article): ExtractedArticle {
  return {
    id: article.id,
    url: article.url ?? null,
    outlet: article.outlet,
    title: article.title ?? null,
    published: article.published ?? null,
    authors: article.authors ?? [],
    language: article.language ?? null,
    text: article.text,
    segments: segmentArticle(article).segments,
  };
}
