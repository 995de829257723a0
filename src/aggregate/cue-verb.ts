// What the views call a quote's cue: a verb by its lemma, and a cue that is no verb (a colon, a
// dash signature, none at all) as a group named for what it is, never as if it were a verb.
const NOT_VERBS: Record<string, string> = { ':': 'no verb (colon)', '—': 'no verb (dash)' };
const NO_CUE = 'no verb (no cue)';

/** The group a quote counts under in a verbs column. */
export function verbGroup(lemma: string | null | undefined): string {
  return lemma ? (NOT_VERBS[lemma] ?? lemma) : NO_CUE;
}

/** Whether a cue is a word that introduced the quote (its surface form is worth showing). */
export function isVerbCue(lemma: string | null | undefined): boolean {
  return !!lemma && !(lemma in NOT_VERBS);
}

/** A ledger's verb: the cue as written, else its group. */
export function cueShown(verb: string, lemma: string): string {
  return verb && isVerbCue(lemma) ? verb : verbGroup(lemma);
}
