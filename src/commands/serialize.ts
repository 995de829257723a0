// How `analyze --format jsonl|json` writes one article's result. It runs where the article was
// analysed (a worker thread under --jobs), so the main thread only writes the text.
import type { ArticleResult } from '../types.js';

export type ResultFormat = 'jsonl' | 'json';

/** One JSON Lines row, or the article as an element of the `articles` array of the JSON document
 *  (indented as `JSON.stringify(document, null, 2)` would indent it). */
export function serializeResult(result: ArticleResult, format: ResultFormat): string {
  if (format === 'jsonl') return JSON.stringify(result);
  // JSON strings never hold a raw newline, so indenting every line is safe.
  return `    ${JSON.stringify(result, null, 2).replaceAll('\n', '\n    ')}`;
}

/** The JSON document `{framelens, articles: [...]}` is written as a stream: this head, each
 *  serialized article after `\n` (and a `,` before all but the first), then the tail. Byte for byte what
 *  `JSON.stringify(document, null, 2)` gives, without holding every article in one string. */
export function jsonDocumentHead(framelens: object): string {
  return `{\n  "framelens": ${JSON.stringify(framelens, null, 2).replaceAll('\n', '\n  ')},\n  "articles": [`;
}

export function jsonDocumentTail(articles: number): string {
  return articles ? '\n  ]\n}\n' : ']\n}\n';
}
