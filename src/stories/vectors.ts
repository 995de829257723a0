// TF-IDF vectors: sublinear term frequency × smoothed inverse document frequency, the highest
// `termsPerDoc` weights kept, L2-normalised, stored sorted by term id so a dot product is a merge.
import type { CompactDoc } from './story-corpus.js';

export interface Vector {
  ids: Uint32Array;
  weights: Float64Array;
}

export function idfOf(df: number[], n: number): Float64Array {
  const idf = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = Math.log((1 + n) / (1 + df[t])) + 1;
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
