// Where each of a set of forms occurs as a whole word (no letter or digit on either side), found
// from the article's word index (word-runs.ts) instead of one scan of the whole text per form:
// each form's first word is looked up by its hash (word-chains.ts).
import { indexWords, isWordUnit, wordHash, type WordIndex } from './word-runs.js';
import { firstWithHash } from './word-chains.js';

const WORD_RUN = /[\p{L}\p{N}]+/gu;

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
  const { starts, ends, chains } = words ?? indexWords(text);
  // (Each form has one first word: its positions come from one chain, in text order.)
  for (const [first, list] of byFirstWord) {
    for (let r = firstWithHash(chains, wordHash(first)); r >= 0; r = chains.next[r]) {
      const at = starts[r];
      if (ends[r] - at !== first.length || !text.startsWith(first, at)) continue;
      for (const form of list) if (text.startsWith(form, at) && isWhole(form, at)) found.get(form)!.push(at);
    }
  }
  return found;
}
