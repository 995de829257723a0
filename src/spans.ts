// Binary searches and range queries over spans sorted by start, shared by every stage: per-hit
// and per-mention lookups stay logarithmic on long texts.

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

/** How many of the sorted numbers are below `pos` (a binary search): the index of the first at or
 * after it. */
export function countBefore(sorted: readonly number[], pos: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans lying wholly inside [start, end), in order. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/** Spans overlapping [start, end), in order; `longest` bounds how far before `start` one can begin. */
export function spansOverlapping<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number, longest: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, start - longest); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}

/** How far the spans sorted by start reach: entry i is the largest end among spans[0..i]. It only
 *  grows, so `pushOverlapping` finds the first span that can reach a position by a binary search,
 *  where `spansOverlapping` looks back as far as the longest span. */
export function reachOf(sorted: readonly { end: number }[]): Int32Array {
  const reach = new Int32Array(sorted.length);
  let furthest = 0;
  for (let i = 0; i < sorted.length; i++) reach[i] = furthest = Math.max(furthest, sorted[i].end);
  return reach;
}

/** Pushes the spans overlapping [start, end) to `out`, in order (what `spansOverlapping` returns);
 *  `reach` is `reachOf(sorted)`. */
export function pushOverlapping<T extends { start: number; end: number }>(sorted: readonly T[], reach: Int32Array, start: number, end: number, out: T[]): void {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
}
