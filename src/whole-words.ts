// Where each of a set of forms occurs as a whole word (no letter or digit on either side), found
// from the article's word index (word-runs.ts) instead of one scan of the whole text per form.
import { indexWords, isWordUnit, wordHash, type WordIndex } from './word-runs.js';

const WORD_RUN = /[\p{L}\p{N}]+/gu;

// The first words' hashes as a filter of 2^16 bits, set and cleared again by each call: nearly
// every word of the text is passed over on one bit test.
const FILTER_BITS = 16;
const filter = new Int32Array(1 << (FILTER_BITS - 5));
const slot = (hash: number) => (hash ^ (hash >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);

/** Positions of each form's whole-word occurrences, in text order (overlaps included). */
export function wholeWordOccurrences(text: string, forms: Iterable<string>, words?: WordIndex): Map<string, number[]> {
  const found = new Map<string, number[]>();
  // A form is looked up by its first word: the text's word there must be exactly that word.
  const byFirstWord = new Map<string, string[]>();
  const isWhole = (form: string, at: number) => {
    const end = at + form.length;
    return !(at > 0 && isWordUnit(text.charCodeAt(at - 1))) && !(end < text.length && isWordUnit(text.charCodeAt(end)));
  };
  for (const form of forms) {
    if (found.has(form)) continue;
    found.set(form, []);
    WORD_RUN.lastIndex = 0;
    const first = WORD_RUN.exec(form);
    if (first && first.index === 0) {
      const list = byFirstWord.get(first[0]);
      if (list) list.push(form);
      else byFirstWord.set(first[0], [form]);
      continue;
    }
    // Rare: a form that opens with a mark; scanned on its own.
    if (!form) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (isWhole(form, at)) found.get(form)!.push(at);
  }
  if (byFirstWord.size === 0) return found;
  const { count, starts, ends, hashes } = words ?? indexWords(text);
  const slots: number[] = [];
  for (const w of byFirstWord.keys()) {
    const s = slot(wordHash(w));
    filter[s >> 5] |= 1 << (s & 31);
    slots.push(s);
  }
  for (let r = 0; r < count; r++) {
    const s = slot(hashes[r]);
    if ((filter[s >> 5] & (1 << (s & 31))) === 0) continue;
    const at = starts[r];
    const list = byFirstWord.get(text.slice(at, ends[r]));
    if (list) for (const form of list) if (text.startsWith(form, at) && isWhole(form, at)) found.get(form)!.push(at);
  }
  for (const s of slots) filter[s >> 5] = 0;
  return found;
}
