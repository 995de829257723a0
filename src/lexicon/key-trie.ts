// The first words of a lexicon's phrases as a trie over code units, walked along the lower-cased
// text from each word start: what the regex of those words, factored as a trie and wrapped in the
// whole-word look-arounds of match-terms.ts, found, without running that regex at every position.
import { wordAt } from '../word-runs.js';

export class KeyTrie {
  /** Code unit → column in the table (0 for a unit no key has). */
  private readonly column = new Map<number, number>();
  private readonly asciiColumn = new Int32Array(128);
  private readonly width: number;
  /** Child of node n by column c at n * width + c, or 0 (the root is never a child). */
  private readonly next: Int32Array;
  /** The key ending at each node, or null. */
  private keys: (string | null)[] = [null];

  constructor(words: Iterable<string>) {
    const drafts: Map<number, number>[] = [new Map()];
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (!this.column.has(c)) this.column.set(c, this.column.size + 1);
        let kid = drafts[node].get(c);
        if (kid === undefined) {
          kid = drafts.length;
          drafts.push(new Map());
          this.keys.push(null);
          drafts[node].set(c, kid);
        }
        node = kid;
      }
      if (w.length) this.keys[node] = w;
    }
    this.width = this.column.size + 1;
    // Nodes renumbered breadth first: the first levels, where nearly every word's walk ends, sit
    // together at the start of the table.
    const order = [0];
    for (let k = 0; k < order.length; k++) for (const kid of drafts[order[k]].values()) order.push(kid);
    const number = new Int32Array(drafts.length);
    order.forEach((draft, n) => (number[draft] = n));
    const draftKeys = this.keys;
    this.keys = order.map((draft) => draftKeys[draft]);
    this.next = new Int32Array(drafts.length * this.width);
    drafts.forEach((kids, node) => {
      for (const [c, kid] of kids) this.next[number[node] * this.width + this.column.get(c)!] = number[kid];
    });
    for (let c = 0; c < 128; c++) this.asciiColumn[c] = this.column.get(c) ?? 0;
  }

  /** The longest key at `start` of `low` whose end passes `endsWord`, else null. */
  longestAt(low: string, start: number, endsWord: (low: string, end: number) => boolean): string | null {
    const { next, width, keys, asciiColumn } = this;
    let node = 0;
    let best: string | null = null;
    for (let i = start; ; i++) {
      if (node !== 0 && keys[node] !== null && endsWord(low, i)) best = keys[node];
      if (i >= low.length) return best;
      const c = low.charCodeAt(i);
      const col = c < 128 ? asciiColumn[c] : (this.column.get(c) ?? 0);
      if (col === 0) return best;
      node = next[node * width + col];
      if (node === 0) return best;
    }
  }
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
