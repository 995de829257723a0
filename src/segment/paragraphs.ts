import type { Span } from '../types.js';
import { isWhiteSpace } from '../word-runs.js';

const TERMINAL = /[.!?:;"'”’)\]…]$/;

/**
 * Paragraphs: lines, trimmed of white space (NBSP included), separated by a newline. One exception:
 * a line that ends without final punctuation and is followed by a line starting in lower case is a
 * hard wrap inside a paragraph (`... saying it would focus\non Iraq ...`) and is joined to it.
 */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let cur: { start: number; end: number } | null = null;
  // Line by line (a line ends at a newline or the end of the text, and a text ending in a newline
  // ends with an empty line).
  for (let lineStart = 0; ; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (cur) out.push(span(text, cur.start, cur.end));
      cur = null;
    } else if (cur && isHardWrap(text, cur.end, s)) {
      cur.end = e;
    } else {
      if (cur) out.push(span(text, cur.start, cur.end));
      cur = { start: s, end: e };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (cur) out.push(span(text, cur.start, cur.end));
  return out;
}

function isHardWrap(text: string, prevEnd: number, nextStart: number): boolean {
  const c = text[nextStart]!;
  return c !== c.toUpperCase() && c === c.toLowerCase() && !TERMINAL.test(text[prevEnd - 1]!);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
