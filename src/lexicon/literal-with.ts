// An entry's `literalWith` words: anywhere in a term's sentence, they make it literal (`animals` in
// a sentence about elephants is no dehumanising label). Read by the framing stage and by the check
// of each entry's examples, so both decide alike.

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const sets = new WeakMap<object, ReadonlySet<string>>();

/** The lower-cased words of a stretch of text. */
export function wordsOf(text: string): ReadonlySet<string> {
  return new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()));
}

/** Whether one of the entry's `literalWith` words is among `words`. */
export function hasLiteralWord(entry: { literalWith?: readonly string[] }, words: ReadonlySet<string>): boolean {
  if (!entry.literalWith?.length) return false;
  let literal = sets.get(entry);
  if (!literal) sets.set(entry, (literal = new Set(entry.literalWith.map((w) => w.toLowerCase()))));
  for (const w of literal) if (words.has(w)) return true;
  return false;
}
