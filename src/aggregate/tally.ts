// Tables keyed by words from the articles (words, labels, names, verbs, sources, actor ids). They
// have no prototype, so `constructor` or `__proto__` in an article is a key like any other rather
// than what every plain object inherits (`{}`'s `constructor` made a count read "function Object()…1").

export function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Adds `by` to `into[key]`; a key the table does not hold itself starts at 0. */
export function addTo(into: Record<string, number>, key: string, by: number): void {
  into[key] = (Object.hasOwn(into, key) ? into[key] : 0) + by;
}
