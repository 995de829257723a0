// A few words' hashes (wordHash, word-runs.ts) as a filter of 2^16 bits: a scan that already has
// each word's hash (the word index's, the tokenizer's) passes over nearly every word on one bit
// test, and cuts out the text only of the few that may be one of them.
import { wordHash } from './word-runs.js';

const BITS = 16;
const slot = (hash: number) => (hash ^ (hash >>> BITS)) & ((1 << BITS) - 1);

export class WordFilter {
  private readonly bits = new Int32Array(1 << (BITS - 5));

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const s = slot(wordHash(w));
      this.bits[s >> 5] |= 1 << (s & 31);
    }
  }

  /** False when no word of the filter has this hash; true may be a word with the same slot. */
  mayHave(hash: number): boolean {
    const s = slot(hash);
    return (this.bits[s >> 5] & (1 << (s & 31))) !== 0;
  }
}
