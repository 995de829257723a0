// The subject pronouns of the narration (`he`, `she` outside quotation marks), indexed once per
// article, each to be resolved once: a later `he` most often goes on about the person the `he`
// before it was about (`He attended the rally, though he may vote for Bernie Sanders. “…,” he said`).
// A definite description of a person (`the admiral`, `The Florida senator`) links the same way.
import { genderOfNoun, pronounMatches, type Gender } from './gender.js';
import { DEMONYMS, TITLES } from './words.js';
import { isSpaceCode } from './blank.js';

/** (Both kinds made with the same three fields in the same order: one hidden class for the code
 * reading them.) */
export interface NarrationPronoun {
  start: number;
  /** Unknown for a description that names no gender (`the senator`). */
  gender: Gender | undefined;
  /** The description's text (`the Florida senator`), for a description. */
  description: string | undefined;
}

/** `he` and `she` outside the quoted stretches (sorted, disjoint), in text order: the matches of
 * /(?<![\p{L}\p{N}’'])(?:he|she)(?![\p{L}\p{N}])/giu, read from the article's pronoun matches
 * (the same words with no letter or digit before) instead of another scan of the text. */
export function narrationPronouns(text: string, quoted: readonly { start: number; end: number }[]): NarrationPronoun[] {
  const out: NarrationPronoun[] = [];
  let qi = 0;
  for (const { at, word } of pronounMatches(text)) {
    // `he` is the only two-letter pronoun; of the three-letter ones only `she` (`ſhe`) opens with no h.
    const c = word.charCodeAt(0);
    if (word.length !== 2 && (word.length !== 3 || c === 104 || c === 72)) continue;
    const before = text.charCodeAt(at - 1);
    if (before === 39 || before === 0x2019) continue;
    while (qi < quoted.length && quoted[qi].end <= at) qi++;
    if (qi < quoted.length && quoted[qi].start <= at) continue;
    out.push({ start: at, gender: word.length === 2 ? 'male' : 'female', description: undefined });
  }
  return out;
}

/** Nouns for one person that a definite description may end in (titles aside). */
export const PERSON_NOUNS = new Set(
  'candidate nominee front-runner frontrunner incumbent lawmaker politician official diplomat adviser advisor aide strategist pollster negotiator envoy cleric businessman businesswoman billionaire millionaire tycoon mogul magnate financier entrepreneur investor executive comedian rapper novelist historian economist professor scientist physician surgeon rabbi imam priest pastor preacher journalist columnist commentator reporter anchor host talker activist lawyer veteran actor actress singer star woman man mother father wife husband son daughter'.split(' '),
);
/** Title words that only qualify a title (`Secretary of State`, `House Speaker`): `the state` is no person. */
const NO_PERSON = new Set('state senate house republican democrat democratic independent foreign defense defence interior prime'.split(' '));
const STOP = new Set('the a an this that these those his her their its of to in on at for with by from and or but as than who which said says say is are was were has have had will would could should did does do not also'.split(' '));
const MODIFIERS = new Set('former top senior young old new longtime retired late current then chief vice deputy acting leading likely presumptive presumed embattled outgoing'.split(' '));
// (`,” the senator said`: after a quote's closing mark, as after a full stop.)
const SUBJECT_BEFORE = /(?:^|[.!?,]['"”’]?\s+|\n\s*)$/;
/** Whether the four characters before pos could match SUBJECT_BEFORE: none (the text's start), or
 * white space last. Most `the`s follow a word and a space: only those after a stop, a comma or a
 * line break go on to the regex. */
function maybeSubject(text: string, pos: number): boolean {
  if (pos === 0) return true;
  let k = pos - 1;
  const from = Math.max(0, pos - 4);
  if (!isSpaceCode(text.charCodeAt(k))) return false;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  // text[k, pos) is the white space ending the window; a line break there, or a stop, a comma or a quotation mark before it.
  for (let i = k; i < pos; i++) if (text.charCodeAt(i) === 10) return true;
  if (k === from) return false;
  const c = text.charCodeAt(k - 1);
  return c === 46 || c === 33 || c === 63 || c === 44 || c === 39 || c === 34 || c === 0x201d || c === 0x2019;
}
const APPOSITIVE_NAME = /^(?:\s+(?:of|for|at|in|on)\s+[^,.;:“”"]{1,60})?,\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}\p{Ll}/u;
const THE = /\b[Tt]he\s+/g;
const WORD = /^([\p{L}\p{N}][\p{L}\p{N}’'.-]*)\s*/u;
/** Heads a description has only right before its verb: `the Arkansas Republican said`, `the
 * 27-year-old added`, `the German said` (but `the Republican Party`, `the 27-year-old mother`). */
const HEAD_BEFORE_VERB = /^(?:republican|democrat|independent|libertarian|\d+-year-old)$/;
const VERB_NEXT = /^\s+(?:said|says|added|adds|told|tells|wrote|writes|replied|argued|insisted|explained|noted|warned|continued|recalled|has|had|is|was|will|would)\b/;

/** `the` + up to three modifiers + a noun for one person, outside quotes, not before a name
 * (`the Rev. Al Sharpton` is a name's mention). In text order. */
export function personDescriptions(text: string, quoted: readonly { start: number; end: number }[]): NarrationPronoun[] {
  const out: NarrationPronoun[] = [];
  let qi = 0;
  for (const m of text.matchAll(THE)) {
    while (qi < quoted.length && quoted[qi].end <= m.index) qi++;
    if (qi < quoted.length && quoted[qi].start <= m.index) continue;
    // Only a description standing as a subject: opening its sentence or after an opening phrase's comma.
    if (!maybeSubject(text, m.index) || !SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    let at = m.index + m[0].length;
    for (let n = 0; n < 4; n++) {
      const w = WORD.exec(text.slice(at, at + 40));
      if (!w) break;
      const word = w[1].replace(/[’']s$/u, '');
      const lower = word.toLowerCase();
      const end = at + word.length;
      // (Both kinds of head are pushed by one call: a push of its own for the rarer kind, first
      // made in optimised code, deoptimised personDescriptions.)
      const noun = /^\p{Ll}/u.test(word) && !MODIFIERS.has(lower) && !NO_PERSON.has(lower) && (PERSON_NOUNS.has(lower) || TITLES.has(lower));
      if (noun) {
        if (word === w[1] && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) break;
        // `The leader of the league, Jonathan Greenblatt, warned`: the name in apposition is the subject.
        if (APPOSITIVE_NAME.test(text.slice(end, end + 80))) break;
      }
      if (noun || (word === w[1] && (HEAD_BEFORE_VERB.test(lower) || DEMONYMS.has(lower)) && VERB_NEXT.test(text.slice(end, end + 12)))) {
        out.push({ start: m.index, gender: noun ? genderOfNoun(lower) : undefined, description: text.slice(m.index, end) });
        break;
      }
      // Modifiers (`Florida`, `radio`, `former`); a function word or a common verb ends the phrase.
      if (STOP.has(lower) || word !== w[1]) break;
      at += w[0].length;
    }
  }
  return out;
}
