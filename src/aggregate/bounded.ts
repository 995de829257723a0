// Bounded, deterministic selections that merge associatively: what a corpus keeps of its
// passages (examples, sentences, rows) so memory does not grow with the number of articles.
// Merging shard summaries in input order gives what one pass over all articles gives. What they
// keep is copied (`detached`): a kept passage must not keep its whole article alive.

/** Appends copies of `items` to `into` until it holds `cap`: the first `cap` items of the concatenation. */
export function pushFirst<T>(into: T[], items: readonly T[], cap: number): void {
  for (const item of items) {
    if (into.length >= cap) return;
    into.push(detached(item));
  }
}

/** Adds the items `into` does not hold yet: a Set keeps the distinct items in order of first appearance. */
export function addDistinct(into: Set<string>, items: Iterable<string>): void {
  for (const item of items) if (!into.has(item)) into.add(ownString(item));
}

/** `s` as a string of its own. A slice of an article's text keeps the whole text alive in V8, so
 * what a corpus keeps of an article (an evidence sentence, a speaker's name) is copied first. */
export function ownString(s: string): string {
  // Concatenating and slicing makes V8 copy the characters into a new string of the slice's length.
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

/** A deep copy of plain data (objects, arrays, strings) with every string its own (see ownString). */
export function detached<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (Array.isArray(value)) return value.map(detached) as T;
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    // A table (no prototype, see tally.ts) stays one.
    const copy: Record<string, unknown> = Object.create(proto);
    for (const [k, v] of Object.entries(value as object)) copy[k] = detached(v);
    return copy as T;
  }
  return value;
}
