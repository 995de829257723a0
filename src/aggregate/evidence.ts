// Evidence lists hold each sentence once: several hits, quotes or labels in one sentence (or one
// sentence reached from two lists) are one example to a reader.
import type { Evidence } from './types.js';
import { detached } from './bounded.js';

const same = (a: Evidence, b: Evidence) => a.article === b.article && a.start === b.start && a.end === b.end;

/** Adds a copy of `e` unless the list holds its sentence already or is full. */
export function addEvidence(into: Evidence[], e: Evidence, cap: number): void {
  if (into.length < cap && !into.some((x) => same(x, e))) into.push(detached(e));
}

/** The items of `lists`, in order, each sentence once. */
export function distinctEvidence(...lists: Evidence[][]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of lists.flat()) addEvidence(out, e, Infinity);
  return out;
}
