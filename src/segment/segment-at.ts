import { spanIndexAt } from '../spans.js';
import type { Segmentation, SegmentKind } from '../types.js';

/** Kind of the segment containing `offset` (segments are sorted and disjoint); `body` when none does. */
export function segmentKindAt(seg: Segmentation, offset: number): SegmentKind {
  const i = spanIndexAt(seg.segments, offset);
  return i < 0 ? 'body' : seg.segments[i].kind;
}
