// What `framelens extract` prints: the article's text and metadata with the segments the analysis
// uses. Apart from pipeline.ts so that `extract` loads the segmenter only, not the other stages.
import type { Article } from '../types.js';
import type { ExtractedPage } from './extract-page.js';
import { readArticle, type ArticleReading } from './article-reading.js';

/** The same shape for a web page and for any other input. */
export type ExtractedArticle = Omit<ExtractedPage, 'notes'>;

/** The article as `extract` prints it; `reading` is readArticle's, when the caller has it. */
export function extractedArticle(article: Article, reading: ArticleReading = readArticle(article)): ExtractedArticle {
  return {
    id: article.id,
    url: article.url ?? null,
    outlet: reading.outlet,
    title: article.title ?? null,
    published: article.published ?? null,
    authors: article.authors ?? [],
    language: article.language ?? null,
    text: article.text,
    segments: reading.seg.segments,
  };
}
