// Candidate pairs from an inverted index of the rarer terms: two articles are compared only when
// they share a term that at most `maxPostings` articles use. Each article proposes its
// `candidatesPerDoc` best partners (by the part of the dot product those terms give, scaled by
// the date gap), so the work is about linear in the number of articles: at most
// articles × terms per article × maxPostings index steps and articles × candidatesPerDoc cosines.
import { cosine, dateFactor, type Vector } from './vectors.js';

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

interface Dated {
  day: number | null;
}

export function candidateEdges(vectors: Vector[], docs: Dated[], vocabularySize: number, o: { maxPostings: number; candidatesPerDoc: number; sameDays: number; decayDays: number; minSim: number }): Edge[] {
  const n = vectors.length;
  // Postings in compressed rows: start[t]..start[t+1] in `postings`.
  const start = new Uint32Array(vocabularySize + 1);
  for (const v of vectors) for (const t of v.ids) start[t + 1]++;
  for (let t = 0; t < vocabularySize; t++) start[t + 1] += start[t];
  const postings = new Uint32Array(start[vocabularySize]);
  const postingWeight = new Float64Array(start[vocabularySize]);
  const fill = start.slice(0, vocabularySize);
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postings[at] = d;
      postingWeight[at] = v.weights[k];
    }
  });

  const score = new Float64Array(n);
  const touched: number[] = [];
  const seen = new Set<number>();
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      if (start[t + 1] - start[t] > o.maxPostings) continue;
      for (let p = start[t]; p < start[t + 1]; p++) {
        const j = postings[p];
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] += v.weights[k] * postingWeight[p];
      }
    }
    const ranked = touched
      .map((j) => ({ j, s: score[j] * dateFactor(docs[i].day, docs[j].day, o.sameDays, o.decayDays) }))
      .sort((x, y) => y.s - x.s || x.j - y.j)
      .slice(0, o.candidatesPerDoc);
    for (const j of touched) score[j] = 0;
    touched.length = 0;
    for (const { j } of ranked) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const key = a * n + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const sim = cosine(vectors[a], vectors[b]) * dateFactor(docs[a].day, docs[b].day, o.sameDays, o.decayDays);
      if (sim >= o.minSim) edges.push({ a, b, sim });
    }
  }
  return edges;
}
