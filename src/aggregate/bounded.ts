// Bounded, deterministic selections that merge associatively: what a corpus keeps of its
// passages (examples, sentences, rows) so memory does not grow with the number of articles.
// Merging shard summaries in input order gives what one pass over all articles gives.

/** Appends `items` to `into` until it holds `cap`: the first `cap` items of the concatenation. */
export function pushFirst<T>(into: T[], items: readonly T[], cap: number): void {
  for (const item of items) {
    if (into.length >= cap) return;
    into.push(item);
  }
}

/** Adds the items `into` does not hold yet: a Set keeps the distinct items in order of first appearance. */
export function addDistinct<T>(into: Set<T>, items: Iterable<T>): void {
  for (const item of items) into.add(item);
}

/** Adds counts key by key; new keys come after the ones `into` has (first appearance order). */
export function addCountsInOrder(into: Map<string, number>, b: ReadonlyMap<string, number>): void {
  for (const [k, n] of b) into.set(k, (into.get(k) ?? 0) + n);
}
