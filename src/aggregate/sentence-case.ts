// `Officials said` and `officials said` are one source: a description capitalised only because it
// opens a sentence is counted under the same words written lower case, when the outlet wrote them
// so too. `Pentagon officials` alone keeps its capital (no lower-case spelling to join).

// The first letter of a word written Title case, after any opening quotation marks.
const TITLE_CASE_FIRST = /^([“"‘(]*)(\p{Lu})(?=\p{Ll}+(?:[\s”"’)]|$))/u;

/** `Officials` → `officials`, `“They” (unresolved)` → `“they” (unresolved)`; else unchanged. */
export function lowerFirst(name: string): string {
  return name.replace(TITLE_CASE_FIRST, (_m, marks: string, letter: string) => marks + letter.toLowerCase());
}

/** Each key's key to count under: its lower-first spelling when that is a key too, else itself. */
export function sentenceCaseJoin(keys: Iterable<string>): (key: string) => string {
  const all = new Set(keys);
  return (key) => {
    const lower = lowerFirst(key);
    return lower !== key && all.has(lower) ? lower : key;
  };
}
