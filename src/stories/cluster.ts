// Average-link agglomerative clustering over a sparse similarity graph, stopped at a threshold,
// so the number of stories is not fixed in advance. Pairs that were never compared count as
// similarity 0, which keeps loosely chained articles apart (single link would merge them).
// Merges always take the most similar pair of groups next, ties by index, so it is deterministic.
import type { Edge } from './candidates.js';

interface Entry {
  sim: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

class MaxHeap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  private above(x: Entry, y: Entry): boolean {
    return x.sim > y.sim || (x.sim === y.sim && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && this.above(h[l], h[best])) best = l;
        if (r < h.length && this.above(h[r], h[best])) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best], h[i]];
        i = best;
      }
    }
    return top;
  }
}

/** The group (a representative index) of each of `n` items. */
export function averageLink(n: number, edges: Edge[], threshold: number): Int32Array {
  const size = new Array<number>(n).fill(1);
  const version = new Array<number>(n).fill(0);
  // Sum of pair similarities between two live groups, keyed by the other group.
  const links = Array.from({ length: n }, () => new Map<number, number>());
  const heap = new MaxHeap();
  for (const e of edges) {
    links[e.a].set(e.b, (links[e.a].get(e.b) ?? 0) + e.sim);
    links[e.b].set(e.a, (links[e.b].get(e.a) ?? 0) + e.sim);
  }
  for (let a = 0; a < n; a++) for (const [b, sum] of links[a]) if (a < b && sum >= threshold) heap.push({ sim: sum, a, b, va: 0, vb: 0 });

  const parent = Int32Array.from({ length: n }, (_, i) => i);
  while (heap.size) {
    const e = heap.pop()!;
    if (e.sim < threshold) break;
    if (parent[e.a] !== e.a || parent[e.b] !== e.b || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    // Merge the group with fewer links into the other.
    const [keep, gone] = links[e.a].size >= links[e.b].size ? [e.a, e.b] : [e.b, e.a];
    parent[gone] = keep;
    size[keep] += size[gone];
    links[keep].delete(gone);
    for (const [c, sum] of links[gone]) {
      if (c === keep) continue;
      const merged = (links[keep].get(c) ?? 0) + sum;
      links[keep].set(c, merged);
      links[c].delete(gone);
      links[c].set(keep, merged);
    }
    links[gone].clear();
    version[keep]++;
    for (const [c, sum] of links[keep]) {
      const avg = sum / (size[keep] * size[c]);
      if (avg < threshold) continue;
      const [a, b] = keep < c ? [keep, c] : [c, keep];
      heap.push({ sim: avg, a, b, va: version[a], vb: version[b] });
    }
  }
  for (let i = 0; i < n; i++) {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    for (let j = i; j !== r; ) {
      const next = parent[j];
      parent[j] = r;
      j = next;
    }
  }
  return parent;
}
