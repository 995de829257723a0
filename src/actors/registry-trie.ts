// The registry's forms as a trie of atoms, walked along the text from each word start. It finds
// what the regex `(?<![\p{L}\p{N}])(?:form|form|…)(?![\p{L}\p{N}])` with the flags `giu` finds
// (each form's white space as `\s+`, apostrophes and `-` as classes, longest form first), without
// running a regex of some four hundred alternatives over every article.
import { wordAt, wordBefore, type WordIndex } from '../word-runs.js';

/** Atoms that are classes; any other atom is a code point, matched case-insensitively. */
export const SPACE = -1;
export const APOSTROPHE = -2;
export const HYPHEN = -3;

const WHITE = /^\s$/u;
const APOSTROPHES = /^['’‘]$/;
const HYPHENS = /^[-‐‑]$/;
/** What `\s` matches (every such character is in the BMP). */
const isWhite = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A trie node while the forms are added: children by atom, in the order the forms came (the
 *  regex's order of alternatives). */
interface Draft {
  kids: Map<number, Draft>;
  id: number;
  end: boolean;
}

export class RegistryTrie {
  /** The atoms, numbered 0…width-1. */
  private readonly atomIndex = new Map<number, number>();
  private readonly width: number;
  /** Child of node n by atom a at n * width + a, or -1. Siblings are numbered in the order
   *  their forms came. 16 bits a cell while the nodes are that few: the table is walked at every
   *  word of every article, and the other stages evict it between articles. */
  private readonly next: Int16Array | Int32Array;
  private readonly ends: Uint8Array;
  private readonly space: number;
  /** Every code-point atom, with the case-insensitive test the regex applies to it. */
  private readonly letters = new Map<number, RegExp>();
  /** The atoms each text code point fits, worked out the first time it is seen. */
  private readonly fits = new Map<number, number[]>();
  /** For ASCII: the one atom the character fits, -1 for none, -2 for several. */
  private readonly asciiAtom = new Int32Array(128);
  /** True when every form opens with an ASCII letter or digit: a match then starts at a word start. */
  private readonly wordStartsOnly: boolean;

  constructor(forms: number[][]) {
    const root: Draft = { kids: new Map(), id: 0, end: false };
    let nodes = 1;
    let wordStartsOnly = true;
    for (const atoms of forms) {
      // An empty form would match everywhere; the regex never had one.
      if (!atoms.length) continue;
      if (!(atoms[0] >= 48 && atoms[0] <= 57) && !(atoms[0] >= 97 && atoms[0] <= 122)) wordStartsOnly = false;
      let node = root;
      for (const atom of atoms) {
        if (!this.atomIndex.has(atom)) this.atomIndex.set(atom, this.atomIndex.size);
        if (atom >= 0 && !this.letters.has(atom)) this.letters.set(atom, new RegExp(`^${escapeRegex(String.fromCodePoint(atom))}$`, 'iu'));
        let kid = node.kids.get(atom);
        if (!kid) node.kids.set(atom, (kid = { kids: new Map(), id: nodes++, end: false }));
        node = kid;
      }
      node.end = true;
    }
    this.wordStartsOnly = wordStartsOnly;
    this.width = Math.max(1, this.atomIndex.size);
    this.space = this.atomIndex.get(SPACE) ?? -1;
    this.next = (nodes <= 0x7fff ? new Int16Array(nodes * this.width) : new Int32Array(nodes * this.width)).fill(-1);
    this.ends = new Uint8Array(nodes);
    // Numbered breadth first (the first levels, where nearly every word's walk ends, share cache
    // lines); siblings keep the order their forms came in, which `branch` relies on.
    const order: Draft[] = [root];
    for (let k = 0; k < order.length; k++) for (const kid of order[k].kids.values()) order.push(kid);
    order.forEach((d, n) => (d.id = n));
    for (const d of order) {
      if (d.end) this.ends[d.id] = 1;
      for (const [atom, kid] of d.kids) this.next[d.id * this.width + this.atomIndex.get(atom)!] = kid.id;
    }
    for (let c = 0; c < 128; c++) {
      const f = this.atomsFitting(c);
      this.asciiAtom[c] = f.length === 0 ? -1 : f.length === 1 ? f[0] : -2;
    }
  }

  /** The numbers of the atoms code point cp fits. */
  private atomsFitting(cp: number): number[] {
    let out = this.fits.get(cp);
    if (out) return out;
    const ch = String.fromCodePoint(cp);
    const atoms: number[] = [];
    if (WHITE.test(ch)) atoms.push(SPACE);
    if (APOSTROPHES.test(ch)) atoms.push(APOSTROPHE);
    if (HYPHENS.test(ch)) atoms.push(HYPHEN);
    for (const [atom, re] of this.letters) if (re.test(ch)) atoms.push(atom);
    out = atoms.filter((a) => this.atomIndex.has(a)).map((a) => this.atomIndex.get(a)!);
    this.fits.set(cp, out);
    return out;
  }

  /** Where the longest form that fits at p ends, or -1. Along one path the deepest end wins
   *  (the regex tries a longer continuation before ending); where a character fits several
   *  atoms, each is tried in turn (see `branch`). */
  private longestAt(text: string, p: number): number {
    const { next, ends, width, asciiAtom } = this;
    let node = 0;
    let best = -1;
    let i = p;
    for (;;) {
      if (ends[node] === 1 && !wordAt(text, i)) best = i;
      if (i >= text.length) return best;
      const c = text.charCodeAt(i);
      const a = c < 128 ? asciiAtom[c] : -2;
      if (a === -1) return best;
      if (a === -2) {
        const e = this.branch(node, text, i);
        return e >= 0 ? e : best;
      }
      node = next[node * width + a];
      if (node < 0) return best;
      i = this.after(text, i, 1, a);
    }
  }

  /** The longest form's end from node at i, trying each atom the character there fits in the
   *  order of the node's children, and this node's own end last; -1 for none. */
  private branch(node: number, text: string, i: number): number {
    if (i < text.length) {
      const cp = text.codePointAt(i)!;
      const kids: number[] = [];
      for (const a of this.atomsFitting(cp)) {
        const kid = this.next[node * this.width + a];
        if (kid >= 0) kids.push(kid, a);
      }
      // Pairs (kid, atom), sorted by kid: the order the regex tries its alternatives.
      const order = [];
      for (let k = 0; k < kids.length; k += 2) order.push(k);
      order.sort((x, y) => kids[x] - kids[y]);
      for (const k of order) {
        const e = this.branch(kids[k], text, this.after(text, i, cp > 0xffff ? 2 : 1, kids[k + 1]));
        if (e >= 0) return e;
      }
    }
    return this.ends[node] === 1 && !wordAt(text, i) ? i : -1;
  }

  /** Where the text goes on after atom a matched at i (`\s+` takes every white space character). */
  private after(text: string, i: number, units: number, a: number): number {
    if (a !== this.space) return i + units;
    let j = i + 1;
    while (j < text.length && isWhite(text.charCodeAt(j))) j++;
    return j;
  }

  /** Calls `visit(start, end)` for the longest form at each place the regex would try, in text
   *  order; `visit` returns where the search goes on (the end, or start + 1 to try inside). */
  scan(text: string, words: WordIndex, visit: (start: number, end: number) => number): void {
    let next = 0;
    if (this.wordStartsOnly) {
      for (let r = 0; r < words.count; r++) {
        const p = words.starts[r];
        if (p < next) continue;
        const e = this.longestAt(text, p);
        if (e >= 0) next = visit(p, e);
      }
      return;
    }
    for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) {
      if (i < next || wordBefore(text, i)) continue;
      const e = this.longestAt(text, i);
      if (e >= 0) next = visit(i, e);
    }
  }
}
