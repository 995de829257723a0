// Binary searches over spans sorted by start, shared by every stage.

/** The first item whose start is at or after pos (items.length when none is). */
export function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the span containing pos among sorted, disjoint spans, or -1. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], pos: number): number {
  const i = firstStartingAt(spans, pos + 1) - 1;
  return i >= 0 && pos < spans[i].end ? i : -1;
}
