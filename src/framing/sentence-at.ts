import { spanIndexAt } from '../spans.js';
import type { Segmentation, Span } from '../types.js';

const END = /[.!?\n]/;

/** The sentence containing `at`: from the segmentation, else the stretch between sentence marks. */
export function sentenceAt(text: string, seg: Segmentation, at: number): { start: number; end: number } {
  const i = spanIndexAt(seg.sentences, at);
  if (i >= 0) return { start: seg.sentences[i].start, end: seg.sentences[i].end };
  let start = at;
  while (start > 0 && !END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !END.test(text[end])) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

export function within(inner: { start: number; end: number }, outer: Span | { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
