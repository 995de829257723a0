// Range queries over spans sorted by start, so per-hit and per-mention lookups stay logarithmic
// on long texts instead of scanning every span.

/** Index of the first span whose start is >= at. */
export function lowerBound(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans lying wholly inside [start, end), in order. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/** Spans overlapping [start, end), in order; `longest` bounds how far before `start` one can begin. */
export function spansOverlapping<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number, longest: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start - longest); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}
