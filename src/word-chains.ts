// A text's words by hash: for each distinct hash of the word index (word-runs.ts), the runs with
// that hash in text order. A lookup of a few words (surnames, name forms) then reads only where
// they occur, not every word of the article once per lookup.

export interface WordChains {
  /** Open addressing: each slot's hash and its first run (-1: an empty slot). */
  slotHashes: Int32Array;
  heads: Int32Array;
  /** The next run with the same hash, or -1. */
  next: Int32Array;
}

const slotOf = (hash: number, bits: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - bits);

export function chainWords(count: number, hashes: Int32Array): WordChains {
  // At most half the slots taken, so a probe ends soon.
  let bits = 4;
  while (1 << bits < 2 * count) bits++;
  const mask = (1 << bits) - 1;
  const slotHashes = new Int32Array(1 << bits);
  const heads = new Int32Array(1 << bits).fill(-1);
  const next = new Int32Array(count);
  // From the last run to the first, each put before the ones after it: every chain in text order.
  for (let r = count - 1; r >= 0; r--) {
    const h = hashes[r];
    let s = slotOf(h, bits);
    while (heads[s] !== -1 && slotHashes[s] !== h) s = (s + 1) & mask;
    slotHashes[s] = h;
    next[r] = heads[s];
    heads[s] = r;
  }
  return { slotHashes, heads, next };
}

/** The first run with this hash, or -1; `chains.next` gives the others in text order. */
export function firstWithHash(chains: WordChains, hash: number): number {
  const { slotHashes, heads } = chains;
  const bits = 31 - Math.clz32(heads.length);
  const mask = heads.length - 1;
  for (let s = slotOf(hash, bits); heads[s] !== -1; s = (s + 1) & mask) if (slotHashes[s] === hash) return heads[s];
  return -1;
}
