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

export function serialized(result: ArticleResult, how: ResultWriting, articleText: string): SerializedResult {
  let bytes: Uint8Array;
  if (how.format === 'jsonl') {
    const withText = how.withText && result.status !== 'unreadable' ? `,"text":${JSON.stringify(articleText)}` : '';
    // The record's closing brace gives way to the tail.
    bytes = utf8Of(serializeResult(result, 'jsonl'), 1, `${withText}${how.jsonlTail}\n`);
  } else bytes = utf8Of('\n', 0, serializeResult(result, 'json'));
  return { id: result.id, diagnostics: result.diagnostics, bytes };
}

/** UTF-8 of `head` less its last `cut` characters (ASCII), then `tail`, written straight into one
 *  buffer of its own (a worker moves it to the main thread): joining the strings first would copy
 *  the record once more, and the joined string again to flatten it before encoding. */
function utf8Of(head: string, cut: 0 | 1, tail: string): Uint8Array {
  const at = Buffer.byteLength(head) - cut;
  const bytes = Buffer.allocUnsafeSlow(at + Buffer.byteLength(tail));
  // Writes what fits: the cut characters are overwritten by the tail.
  bytes.write(head, 0);
  bytes.write(tail, at);
  return bytes;
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
