// The subject pronouns of the narration (`he`, `she` outside quotation marks), indexed once per
// article, each to be resolved once: a later `he` most often goes on about the person the `he`
// before it was about (`He attended the rally, though he may vote for Bernie Sanders. “…,” he said`).
import type { Gender } from './gender.js';

export interface NarrationPronoun {
  start: number;
  gender: Gender;
}

const SUBJECT_PRONOUN = /(?<![\p{L}\p{N}’'])(?:he|she)(?![\p{L}\p{N}])/giu;

/** `he` and `she` outside the quoted stretches (sorted, disjoint), in text order. */
export function narrationPronouns(text: string, quoted: readonly { start: number; end: number }[]): NarrationPronoun[] {
  const out: NarrationPronoun[] = [];
  let qi = 0;
  for (const m of text.matchAll(SUBJECT_PRONOUN)) {
    while (qi < quoted.length && quoted[qi].end <= m.index) qi++;
    if (qi < quoted.length && quoted[qi].start <= m.index) continue;
    out.push({ start: m.index, gender: m[0].length === 2 ? 'male' : 'female' });
  }
  return out;
}
