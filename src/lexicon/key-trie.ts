// The first words of a lexicon's phrases as a trie over code units, walked along the lower-cased
// text from each word start: what the regex of those words, factored as a trie and wrapped in the
// whole-word look-arounds of match-terms.ts, found, without running that regex at every position.
import { wordAt } from '../word-runs.js';

export class KeyTrie {
  /** Code unit → column in the table (0 for a unit no key has). */
  private readonly column = new Int32Array(0x10000);
  private readonly width: number;
  /** Child of node n by column c at n * width + c, or 0 (the root is never a child). 16 bits a
   *  cell while the nodes are that few: the table is walked at every word of every article, and
   *  half the size is half the cache misses once the other stages have run. */
  private readonly next: Uint16Array | Int32Array;
  /** The key ending at each node, or null. */
  private readonly keys: (string | null)[];
  /** 1 at a node where a key ends: read at each step instead of `keys`, a larger array. */
  private readonly ends: Uint8Array;
  /** A bit per hash of a key (see `slot`): a run whose bit is clear is no key. */
  private readonly filter = new Uint32Array(FILTER_BITS >> 5);

  constructor(words: Iterable<string>) {
    // The draft trie: each node's children as a linked list (first child, next sibling) of
    // numbered nodes, built once per process (flat lists: no Map per node to allocate).
    const firstKid = [-1];
    const sibling = [-1];
    const unit = [0];
    const draftKeys: (string | null)[] = [null];
    let columns = 0;
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (this.column[c] === 0) this.column[c] = ++columns;
        let kid = firstKid[node];
        while (kid >= 0 && unit[kid] !== c) kid = sibling[kid];
        if (kid < 0) {
          kid = unit.length;
          unit.push(c);
          firstKid.push(-1);
          sibling.push(firstKid[node]);
          draftKeys.push(null);
          firstKid[node] = kid;
        }
        node = kid;
      }
      if (w.length) {
        draftKeys[node] = w;
        const h = slot(w, 0, w.length);
        this.filter[h >> 5] |= 1 << (h & 31);
      }
    }
    this.width = columns + 1;
    this.next = unit.length <= 0xffff ? new Uint16Array(unit.length * this.width) : new Int32Array(unit.length * this.width);
    // Nodes renumbered breadth first: the first levels, where nearly every word's walk ends, sit
    // together at the start of the table.
    const order = [0];
    for (let k = 0; k < order.length; k++) {
      for (let kid = firstKid[order[k]]; kid >= 0; kid = sibling[kid]) {
        this.next[k * this.width + this.column[unit[kid]]] = order.length;
        order.push(kid);
      }
    }
    this.keys = order.map((draft) => draftKeys[draft]);
    this.ends = Uint8Array.from(this.keys, (k) => (k === null ? 0 : 1));
  }

  /** The longest key at `start` of `low` whose end passes `endsWord`, else null. `runEnd` is where
   *  the run of letters and digits at `start` ends: unless a hyphen or apostrophe follows, that
   *  run is the only key there can be, and the filter rules out most runs without a walk. */
  longestAt(low: string, start: number, runEnd: number, endsWord: (low: string, end: number) => boolean): string | null {
    const c = low.charCodeAt(runEnd);
    if (c !== 39 && c !== 45) {
      const h = slot(low, start, runEnd);
      if ((this.filter[h >> 5] & (1 << (h & 31))) === 0) return null;
    }
    return this.walk(low, start, endsWord);
  }

  // Apart from longestAt, which stays small enough to be inlined into the matcher's loop.
  private walk(low: string, start: number, endsWord: (low: string, end: number) => boolean): string | null {
    const { next, width, ends, column } = this;
    let node = 0;
    let best = 0;
    for (let i = start; ; i++) {
      if (ends[node] === 1 && endsWord(low, i)) best = node;
      if (i >= low.length) break;
      const col = column[low.charCodeAt(i)];
      if (col === 0) break;
      node = next[node * width + col];
      if (node === 0) break;
    }
    return best === 0 ? null : this.keys[best];
  }
}

// 2^16 bits (8 KiB, one look-up per word of every article): with the ~2,000 keys of the loaded
// terms, about 6% of the runs of news text that are no key pass (or are followed by a joiner) and
// are walked.
const FILTER_BITS = 1 << 16;

/** Bit of low[start, end) (non-empty) in the filter: from its length and its first, second, middle and last code units. */
function slot(low: string, start: number, end: number): number {
  const n = end - start;
  let h = n;
  h = (h * 31 + low.charCodeAt(start)) | 0;
  h = (h * 31 + low.charCodeAt(n > 1 ? start + 1 : start)) | 0;
  h = (h * 31 + low.charCodeAt(start + (n >> 1))) | 0;
  h = (h * 31 + low.charCodeAt(end - 1)) | 0;
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

/** Where a key may end: no letter or digit next, nor a hyphen or apostrophe joining one (a
 *  possessive `'s` may follow). */
export function endsWord(low: string, e: number): boolean {
  if (wordAt(low, e)) return false;
  const c = low.charCodeAt(e);
  if (c === 45) return !wordAt(low, e + 1);
  if (c === 39) return !wordAt(low, e + 1) || (low.charCodeAt(e + 1) === 115 && !wordAt(low, e + 2));
  return true;
}
