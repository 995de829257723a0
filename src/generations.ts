// Generational suffixes after a surname, one fact read in several places: `Jr.` and `Sr.` tell a
// father from his son (`Jesse Jackson`, `Jesse Jackson Jr.`); a numeral is written by some
// outlets only (`Robert S. Mueller III`, `Robert Mueller`).
export type Generation = 'Jr' | 'Sr' | 'numeral';

const WORD = /^(?:(Jr|Sr)\.?|II|III|IV)$/i;

/** The generation a word is (`Jr.`, `jr`, `III`), or null. */
export function generationWord(word: string): Generation | null {
  const m = WORD.exec(word);
  if (!m) return null;
  return m[1] ? (m[1].toLowerCase() === 'jr' ? 'Jr' : 'Sr') : 'numeral';
}

/** The generation a name ends with (`Donald Trump Jr.` → Jr), or null. */
export function generationOf(name: string): Generation | null {
  const space = name.lastIndexOf(' ');
  return space < 0 ? null : generationWord(name.slice(space + 1));
}
