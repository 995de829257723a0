// The words a story is recognised by: lower-cased letter-or-digit runs without function words,
// with plural and possessive endings folded (`senators'`, `senator's`, `senators` → `senator`), so
// outlets that inflect the same words differently still share them. Pure and linear in the text.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu;

// Function words and the vocabulary of news writing itself (said, reported, Monday): they say
// nothing about which event an article covers. Inverse document frequency discounts common words
// too; this list only spares it the obvious ones and keeps vectors short.
const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and another any anyone anything are around as at away back be became
  because become been before being below between both but by came can cannot could did do does doing done down during each either else enough even ever every few for
  from further get gets getting give given go goes going gone got had has have having he her here hers herself him himself his how however i if in instead into is it
  its itself just last least less let like made make makes many may me might more most much must my myself near need neither never no nor not nothing now of off often
  on once one only or other others our ours out over own per perhaps put rather really same see seen several shall she should since so some something still such take
  than that the their theirs them themselves then there these they thing things this those though through thus to too toward towards under unless until up upon us use
  used very via was way we well were what whatever when where whether which while who whom whose why will with within without would yet you your yours
  said say says saying told tell tells asked ask added according reported report reports wrote statement interview news article reporters
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks day days year years time times month months
  two three four five six seven eight nine ten first second third new old many people percent including part think know want wanted`.split(/\s+/),
);

/** The word's folded form, or null for a word to leave out. */
export function foldWord(raw: string): string | null {
  let w = raw.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length < 3 || STOPWORDS.has(w)) return null;
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57 && /^\d+$/.test(w) && w.length < 3) return null;
  // Plurals: `-ies` → `-y`, `-s` → `` (not `-ss`, `-us`, `-is`, `-ics`: `congress`, `status`, `politics`).
  if (w.length > 4 && w.endsWith('s') && !/(ss|us|is|ics)$/.test(w)) {
    w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    if (STOPWORDS.has(w)) return null;
  }
  return w;
}

/** The spelling a folded word is shown by, of two seen: the shorter (`email` of `email` and
 *  `emails`), else the first in code-point order; so a label does not depend on which article
 *  was read first. */
export function preferredSpelling(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}

/**
 * Adds each kept word of `text` to `into`, `weight` times, and the preferred spelling of each
 * folded word to `spelling` (for labels); returns how many words were kept.
 */
export function countTerms(text: string, into: Map<string, number>, weight = 1, spelling?: Map<string, string>): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    const w = foldWord(m[0]);
    if (!w) continue;
    const had = into.get(w);
    into.set(w, (had ?? 0) + weight);
    if (spelling) {
      const shown = m[0].toLowerCase().replace(/['’]s?$/, '');
      const kept = spelling.get(w);
      if (kept === undefined || (kept !== shown && preferredSpelling(shown, kept))) spelling.set(w, shown);
    }
    n++;
  }
  return n;
}
