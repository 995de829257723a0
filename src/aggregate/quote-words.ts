// What a quote's speaker said, as every view shows it. A quote's `text` runs from its first
// content character to its last, so a quote split around its cue (`“We will …,” said X. “Britain
// …”`) holds the narrator's words in between; its `contents` are the pieces between the marks.
// (`analyze --format jsonl` keeps `text` as it is: it is the span the offsets give.)
import type { Quote } from '../types.js';

/** Between two pieces of one quote. */
export const PIECE_JOIN = ' … ';

/** The quote's pieces, each trimmed, joined with ` … `; its text when it has no pieces. */
export function quoteWords(q: Pick<Quote, 'text' | 'contents'>): string {
  if (!q.contents.length) return q.text;
  return q.contents.map((c) => c.text.trim()).filter(Boolean).join(PIECE_JOIN) || q.text;
}
