// Candidate pairs from an inverted index of the rarer terms. Each article probes the index with
// its `probeTerms` highest-weighted terms that at most `maxPostings` articles use, looking only at
// articles dated near its own (and undated ones), and keeps its `candidatesPerDoc` best partners
// (by the part of the dot product those terms give, scaled by the date gap). So the work is
// linear in the number of articles: at most probeTerms × maxPostings index steps and
// candidatesPerDoc cosines per article.
import { cosine, dateFactor, type Vector } from './vectors.js';

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

interface Dated {
  day: number | null;
}

export interface CandidateOptions {
  maxPostings: number;
  probeTerms: number;
  candidatesPerDoc: number;
  sameDays: number;
  decayDays: number;
  minSim: number;
}

const UNDATED = -2147483648;

/**
 * Postings in compressed rows: the articles with term t are postings[start[t]..start[t+1]),
 * undated ones first, then by day, so a dated article scans only the days near its own.
 */
function invertedIndex(vectors: Vector[], docs: Dated[], vocabularySize: number) {
  const start = new Uint32Array(vocabularySize + 1);
  for (const v of vectors) for (const t of v.ids) start[t + 1]++;
  for (let t = 0; t < vocabularySize; t++) start[t + 1] += start[t];
  const postings = new Uint32Array(start[vocabularySize]);
  const weights = new Float64Array(start[vocabularySize]);
  const days = new Int32Array(start[vocabularySize]);
  const fill = start.slice(0, vocabularySize);
  const byDay = Array.from(docs.keys()).sort((a, b) => (docs[a].day ?? UNDATED) - (docs[b].day ?? UNDATED) || a - b);
  for (const d of byDay) {
    const v = vectors[d];
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postings[at] = d;
      weights[at] = v.weights[k];
      days[at] = docs[d].day ?? UNDATED;
    }
  }
  return { start, postings, weights, days };
}

/** The first position in [from, to) whose day is at least `day`. */
function firstDay(days: Int32Array, from: number, to: number, day: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the `size` highest-scoring items offered (ties: lower index first), best first. */
class TopK {
  readonly items: { j: number; s: number }[] = [];
  constructor(private readonly size: number) {}
  offer(j: number, s: number): void {
    const items = this.items;
    if (items.length === this.size) {
      const last = items[items.length - 1];
      if (s < last.s || (s === last.s && j > last.j)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0 && (items[i - 1].s < s || (items[i - 1].s === s && items[i - 1].j > j))) i--;
    items.splice(i, 0, { j, s });
  }
}

export function candidateEdges(vectors: Vector[], docs: Dated[], vocabularySize: number, o: CandidateOptions): Edge[] {
  const n = vectors.length;
  const { start, postings, weights, days } = invertedIndex(vectors, docs, vocabularySize);
  // Beyond this gap the date factor alone puts a pair under minSim: such pairs are never candidates.
  const window = Math.ceil(o.sameDays + o.decayDays * Math.log(1 / o.minSim));
  const score = new Float64Array(n);
  const touched: number[] = [];
  const seen = new Set<number>();
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    const probes = Array.from(v.ids.keys())
      .filter((k) => start[v.ids[k] + 1] - start[v.ids[k]] <= o.maxPostings)
      .sort((a, b) => v.weights[b] - v.weights[a] || a - b)
      .slice(0, o.probeTerms);
    const day = docs[i].day;
    const visit = (k: number, from: number, to: number) => {
      for (let p = from; p < to; p++) {
        const j = postings[p];
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] += v.weights[k] * weights[p];
      }
    };
    for (const k of probes) {
      const t = v.ids[k];
      if (day === null) visit(k, start[t], start[t + 1]);
      else {
        const dated = firstDay(days, start[t], start[t + 1], UNDATED + 1);
        visit(k, start[t], dated);
        visit(k, firstDay(days, dated, start[t + 1], day - window), firstDay(days, dated, start[t + 1], day + window + 1));
      }
    }
    const best = new TopK(o.candidatesPerDoc);
    for (const j of touched) {
      best.offer(j, score[j] * dateFactor(docs[i].day, docs[j].day, o.sameDays, o.decayDays));
      score[j] = 0;
    }
    touched.length = 0;
    for (const { j } of best.items) {
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
