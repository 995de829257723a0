// TF-IDF vectors: sublinear term frequency × smoothed inverse document frequency, the highest
// `termsPerDoc` weights kept, L2-normalised, stored sorted by term id so a dot product is a merge.
import type { CompactDoc } from './story-corpus.js';

export interface Vector {
  ids: Uint32Array;
  weights: Float64Array;
}

/** Articles a word's IDF counts as if the corpus sat among them, none with the corpus's words. In
 * a small corpus on one topic (a dozen articles on a shutdown) every article has the topic's
 * words, their IDF falls to nothing and the event's own words alone cannot hold a story together;
 * among 50 unrelated articles the topic's words still weigh (BASIL dev: F1 0.985 → 0.989; random
 * 5-event subsets 0.93 → 0.95 at worst). An actor keeps the corpus's own IDF: one person in every
 * article (a town's mayor) names no one event, and an actor's term counts up to several mentions. */
const BACKGROUND_ARTICLES = 50;

/** `actor[t]` is 1 where term t is an actor's. */
export function idfOf(df: number[], n: number, actor: Uint8Array): Float64Array {
  const idf = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = Math.log((1 + n + (actor[t] ? 0 : BACKGROUND_ARTICLES)) / (1 + df[t])) + 1;
  return idf;
}

export function tfidfVector(doc: CompactDoc, idf: Float64Array, keep: number): Vector {
  const n = doc.termIds.length;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = (1 + Math.log(doc.counts[i])) * idf[doc.termIds[i]];
  let kept = Array.from({ length: n }, (_, i) => i);
  if (n > keep) kept = kept.sort((a, b) => w[b] - w[a] || doc.termIds[a] - doc.termIds[b]).slice(0, keep);
  kept.sort((a, b) => doc.termIds[a] - doc.termIds[b]);
  let norm = 0;
  for (const i of kept) norm += w[i] * w[i];
  norm = Math.sqrt(norm) || 1;
  return { ids: Uint32Array.from(kept, (i) => doc.termIds[i]), weights: Float64Array.from(kept, (i) => w[i] / norm) };
}

export function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot;
}

/** 1 within `sameDays`, then decaying exponentially; 1 when either date is unknown. */
export function dateFactor(a: number | null, b: number | null, sameDays: number, decayDays: number): number {
  if (a === null || b === null) return 1;
  const gap = Math.abs(a - b);
  return gap <= sameDays ? 1 : Math.exp(-(gap - sameDays) / decayDays);
}
