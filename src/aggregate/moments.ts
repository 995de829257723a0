import type { Moments, Stat } from './types.js';

/** Fewer scored clauses than this and a mean tone says nothing: every view (the report's tables,
 * its chart) shows "too few" instead of a figure. */
export const MIN_CLAUSES = 3;

export const emptyMoments = (): Moments => ({ n: 0, sum: 0, sumSq: 0 });

export function addMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq };
}

/** Mean and population standard deviation. */
export function stat(m: Moments): Stat {
  if (!m.n) return { n: 0, mean: null, std: null };
  const mean = m.sum / m.n;
  return { n: m.n, mean, std: Math.sqrt(Math.max(0, m.sumSq / m.n - mean * mean)) };
}
