// Where a reported clause ends. The outlet's own words, or another act of speech, often go on
// after it in the same sentence (`…said he is undergoing therapy and vowed to …`, `…, joking that
// …`, `…, and three-quarters said …`, `…, but U.S. officials have said …`, `… — the actress also
// pointed out that …`); what follows such a boundary is not the first speaker's.
import type { Tok } from './tokens.js';
import { AUXILIARIES_BEFORE_CUE, IRREGULAR_PASTS, NP_STOP } from './words.js';
import { verbWord } from './reported-shape.js';

const CONTRAST = new Set(['but', 'while', 'whereas']);
const DASHES = new Set(['—', '–', '―', '-']);
const DASH_JOINTS = new Set(['and', 'but', 'although', 'though', 'even', 'essentially', 'while', 'just']);
/** How many words may stand between a joint and a cue that opens a new act of speech (`and both former … said`). */
const SUBJECT_WORDS = 3;

/**
 * For each token index, the first index at or after it where a reported clause ends
 * (toks.length if none): a `;`, a contrast after a comma, or a joint (`and`, a comma, a dash)
 * with a speech cue in the next few words. `isCue(j)` says whether token j is a verb of speech.
 */
export function reportedEnds(toks: Tok[], isCue: (j: number) => boolean): number[] {
  const n = toks.length;
  // (A plain array: a typed one per sentence costs more to allocate than a sentence's reading.)
  const next = new Array<number>(n + 1).fill(n);
  // The nearest cue at or after each token, scanning backwards; how many dashes follow.
  let cueAt = n, dashes = 0;
  // The nearest comma after the token being read; how many dashes the sentence has.
  let commaAfter = n, allDashes = 0;
  for (let i = 0; i < n; i++) if (toks[i].kind === 'punct' && DASHES.has(toks[i].text)) allDashes++;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = next[i + 1];
    const t = toks[i];
    if (t.kind === 'word' && isCue(i)) cueAt = i;
    // A dash that a later dash answers opens an aside (`— a word used by several observers —`).
    const dash = t.kind === 'punct' && DASHES.has(t.text);
    const joint = t.kind === 'punct' ? t.text === ',' || (dash && dashes === 0) : t.lower === 'and' || t.lower === 'but';
    if (dash) dashes++;
    const ends =
      (t.kind === 'punct' && t.text === ';') ||
      // (`…, but that he would not support …`: a second `that` clause is more of the same speech.)
      (t.text === ',' && CONTRAST.has(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower !== 'that') ||
      // `… — a controversial proposal he has raised`, `…, a swipe at …`: the outlet's comment on
      // what was said.
      (dash && dashes === 1 && /^(?:a|an)$/.test(toks[i + 1]?.lower ?? '')) ||
      // `… – although at the mention of email she laughed`, `… - and he makes sure …`: a spaced dash
      // alone in the sentence, then a joint: the outlet goes on (`— and that …`, `— and would …` are
      // more of what was said).
      (dash && allDashes === 1 && i > 0 && toks[i - 1].end < t.start && DASH_JOINTS.has(toks[i + 1]?.lower ?? '') && !sameClauseGoesOn(toks[i + 2])) ||
      (t.text === ',' && outletComment(toks, i + 1)) ||
      // `…, which forced her to leave …`: a relative clause on the last words is the outlet's note,
      // unless the clause goes on after it (`the race, which brought revelations, had been …`) or
      // is said too (`the system, which she said leaves …`).
      (t.text === ',' && toks[i + 1]?.lower === 'which' && !(cueAt < n && cueAt <= i + 4) && !resumesAfter(toks, commaAfter)) ||
      (joint && cueAt > i && cueAt < n && subjectBetween(toks, i + 1, cueAt) && (cueAt > i + 1 ? afterSubject(toks, cueAt) : finite(toks[cueAt], t.kind === 'word' && i > 0 ? toks[i - 1] : undefined)));
    // (One store for every kind of end: a store first reached after optimisation deoptimises, and
    // so does a read before the first token.)
    if (ends) next[i] = i;
    if (t.text === ',') commaAfter = i;
  }
  return next;
}

/** After a joint, the reported clause goes on: a second `that` clause or a second predicate. */
function sameClauseGoesOn(t: Tok | undefined): boolean {
  return !!t && t.kind === 'word' && (t.lower === 'that' || verbWord(t));
}

/** After the comma at `comma`, a predicate goes on (past any quotation mark): `, had been …`. */
function resumesAfter(toks: Tok[], comma: number): boolean {
  let j = comma + 1;
  while (j < toks.length && toks[j].kind === 'punct' && /^[“”"‘’']$/.test(toks[j].text)) j++;
  return j < toks.length && verbWord(toks[j]);
}

/** A cue right after a joint is another predicate of the sentence's subject when it is finite
 * (`and vowed`, `and tells`) or a participle (`, saying`, `and telling`); a bare infinitive
 * belongs to the reported clause (`says he would sit Putin down and tell him …`). `beforeJoint`:
 * the word before a joint that is a word (`and`), not a comma (`in Beijing, noting`). */
function finite(cue: Tok, beforeJoint: Tok | undefined): boolean {
  const w = cue.lower;
  // (`before tweeting and commenting on …`: gerunds joined inside the clause.)
  if (w.endsWith('ing')) return !beforeJoint?.lower.endsWith('ing');
  return w.endsWith('ed') || w.endsWith('s') || w === 'said' || w === 'told' || IRREGULAR_PASTS.has(w);
}

/** A cue a few words after a joint opens another act of speech, unless it is a parenthetical
 * inside the clause (`the good old days when, he said, protesters would …`). */
function afterSubject(toks: Tok[], cueAt: number): boolean {
  // (Both tokens read on every call: a read made only after a rare comma has no type feedback when
  // reportedEnds is optimised, and deoptimised it.)
  const comma = cueAt + 1 < toks.length && toks[cueAt + 1].text === ',';
  const word = cueAt + 2 < toks.length && toks[cueAt + 2].kind === 'word';
  return !(comma && word);
}

/** At most SUBJECT_WORDS words of a subject between from and to (`and three-quarters said`), with any auxiliaries:
 * no punctuation, no verb or function word (`and is committed to maintaining`, `, which he
 * said`), but a share of people may have them (`and more than 4 in 10 said`). */
function subjectBetween(toks: Tok[], from: number, to: number): boolean {
  let words = 0;
  for (let j = from; j < to; j++) {
    if (toks[j].kind !== 'word') return false;
    // (`and others have said`, `and Trump has also said`: auxiliaries and adverbs after a subject;
    // with no subject, `… and have continued under Obama` goes on with the same clause.)
    if (inShare(toks, j) || (words > 0 && AUXILIARIES_BEFORE_CUE.has(toks[j].lower))) continue;
    if (NP_STOP.has(toks[j].lower) || ++words > SUBJECT_WORDS) return false;
  }
  return true;
}

const MORE_OR_LESS = new Set(['more', 'less', 'fewer']);
const DIGITS = /^\d/;
/** `than` after `more`, `less` or `fewer`; `in` between numbers (`4 in 10`). */
function inShare(toks: Tok[], j: number): boolean {
  const w = toks[j].lower;
  if (w === 'than') return MORE_OR_LESS.has(toks[j - 1]?.lower ?? '');
  return w === 'in' && DIGITS.test(toks[j - 1]?.text ?? '') && DIGITS.test(toks[j + 1]?.text ?? '');
}

/** Nouns that sum up what was said, in an appositive after it (`…, remarks that …`). */
const SPEECH_NOUNS = new Set(['remarks', 'comments', 'words', 'claims', 'statements', 'assertions', 'allegations', 'comment', 'remark', 'claim', 'statement', 'assertion']);
/** Nouns for what the outlet makes of the words before: `a swipe at`, `a move that`. */
const COMMENT_NOUNS = new Set(['swipe', 'jab', 'dig', 'shot', 'reference', 'nod', 'allusion', 'move', 'step', 'sign', 'signal', 'echo', 'break', 'departure', 'reversal', 'shift', 'contrast', 'rebuke', 'response', 'reply', 'rejoinder']);

/** After a comma, words that open the outlet's comment on what was said, each with what the word
 * after it must be: `however` and a clause (`, however,` between commas stays inside), `remarks
 * that …`, `part of …`, `without offering any evidence`, `though there is …`, `as he …`. (A table,
 * not an `if` per word: each branch first taken after reportedEnds was optimised deoptimised it,
 * and it was recompiled.) */
const COMMENT_OPENERS = new Map<string, RegExp>([
  ['however', /^(?!,$)/],
  ['part', /^of$/],
  ['without', /ing$/],
  // `…, though there is no indication she …`: the outlet weighing the claim; `…, as he deflected
  // attacks`: what the speaker did meanwhile.
  ['though', /^there$/],
  ['although', /^there$/],
  ['as', /^(?:he|she|they)$/],
  ...[...SPEECH_NOUNS].map((w) => [w, /^(?:that|which)$/] as const),
]);

/** The words after a comma at j are the outlet's comment on what was said before it: an opener
 * above, or `a swipe at …`, `an apparent reference to …`. */
function outletComment(toks: Tok[], j: number): boolean {
  const w = toks[j]?.lower ?? '';
  if (w !== 'a' && w !== 'an') return COMMENT_OPENERS.get(w)?.test(toks[j + 1]?.lower ?? '') ?? false;
  // (One modifier may stand before the noun: `an apparent reference`, `a veiled swipe`.)
  return COMMENT_NOUNS.has(toks[j + 1]?.lower ?? '') || (toks[j + 1]?.kind === 'word' && COMMENT_NOUNS.has(toks[j + 2]?.lower ?? ''));
}
