// How `analyze --format jsonl|json` writes one article's result. It runs where the article was
// analysed (a worker thread under --jobs), so the main thread only writes the text.
import type { ArticleResult, Diagnostic } from '../types.js';

export type ResultFormat = 'jsonl' | 'json';

/** How results are written: the format, and for JSON Lines the provenance field every record ends
 *  with (`,"framelens":{…}}`, replacing the record's closing brace). */
export interface ResultWriting {
  format: ResultFormat;
  jsonlTail: string;
  /** JSON Lines only: each record keeps its article's text (`--with-text`). */
  withText: boolean;
}

/** A result already written out, with what the main thread still needs to know of it. */
export interface SerializedResult {
  id: string;
  diagnostics: Diagnostic[];
  /** UTF-8: a JSON Lines row with its newline, or `\n` and the article of the JSON document. A
   *  worker hands these bytes over without a copy, and the main thread writes them as they are. */
  bytes: Uint8Array;
}

const utf8 = new TextEncoder();

export function serialized(result: ArticleResult, how: ResultWriting, articleText: string): SerializedResult {
  const withText = how.format === 'jsonl' && how.withText && result.status !== 'unreadable' ? `,"text":${JSON.stringify(articleText)}` : '';
  const text = how.format === 'jsonl' ? `${serializeResult(result, 'jsonl').slice(0, -1)}${withText}${how.jsonlTail}\n` : `\n${serializeResult(result, 'json')}`;
  return { id: result.id, diagnostics: result.diagnostics, bytes: utf8.encode(text) };
}

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
