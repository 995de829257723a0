import type { Segmentation, SegmentKind } from '../types.js';

/** Kind of the segment containing `offset` (segments are sorted and disjoint); `body` when none does. */
export function segmentKindAt(seg: Segmentation, offset: number): SegmentKind {
  const list = seg.segments;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.kind;
  }
  return 'body';
}
