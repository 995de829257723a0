// Looks up cue verbs from the attribution lexicon: single-word forms directly, multi-word forms
// (`according to`, `pointed out`) by their first word.
import type { AttributionVerb } from '../types.js';
import type { Tok } from './tokens.js';
import { DETERMINERS, GROUP_QUANTIFIERS, PREPOSITIONS, PRONOUNS } from './words.js';
import { WordFilter } from '../word-filter.js';

const NOUN_READINGS = new Set(['report', 'reports', 'claim', 'claims', 'call', 'calls', 'note', 'notes', 'charge', 'charges', 'post', 'posts', 'promise', 'promises', 'demand', 'demands', 'answer', 'answers', 'reply', 'replies', 'tweet', 'tweets', 'statement', 'warning', 'warnings', 'comment', 'comments']);
/** Cue forms that are also nouns heading a noun phrase (`his home state`, `22 Clinton emails`). */
const PHRASE_NOUNS = new Set([...NOUN_READINGS, 'email', 'emails', 'state', 'states', 'remark', 'remarks', 'word', 'words', 'message', 'messages', 'letter', 'letters', 'vow', 'vows', 'pledge', 'pledges', 'boast', 'boasts', 'quip', 'quips', 'rant', 'rants', 'cry', 'cries', 'cheer', 'cheers', 'chant', 'chants', 'taunt', 'taunts', 'echo', 'echoes', 'question', 'questions', 'challenge', 'challenges', 'protest', 'protests', 'dispute', 'disputes', 'hint', 'hints', 'retort', 'text', 'texts', 'plea', 'pleas']);
/** -s forms that after a singular name are its verb: `The Post reports`, `the campaign states`. */
const VERBS_AFTER_A_NAME = new Set(['reports', 'states', 'notes', 'claims', 'charges', 'calls', 'answers', 'replies', 'demands', 'promises', 'posts', 'questions', 'challenges', 'protests', 'disputes', 'hints', 'vows', 'pledges', 'boasts']);
// Plural nouns far more often than verbs in news (`swing states`, `Clinton emails`, `making
// remarks`). Next to a quote they are its cue (`“…,” the manifesto states`); in a sentence, only
// a few words after a pronoun or a text that states things (`the report states that …`, `He also
// states on his website`, `The letter from Taylor states`).
const MOSTLY_NOUNS = new Set(['states', 'emails', 'remarks']);
const STATING_TEXTS = new Set(['report', 'law', 'bill', 'letter', 'statement', 'document', 'constitution', 'memo', 'order', 'policy', 'rule', 'article', 'section', 'website', 'study', 'complaint', 'lawsuit', 'indictment', 'filing', 'amendment', 'agreement', 'resolution', 'platform', 'release', 'post', 'message', 'note', 'sign', 'label', 'poll', 'survey', 'page', 'ruling', 'decision', 'motion', 'brief', 'ad', 'book', 'manual', 'text', 'clause', 'treaty', 'plan', 'proposal', 'affidavit', 'code', 'act', 'he', 'she', 'it', 'who', 'which', 'that']);

/** Cue token i of a sentence (not next to a quote) is a plural noun here: `Western states have …`. */
export function pluralNounInSentence(toks: Tok[], i: number): boolean {
  if (!MOSTLY_NOUNS.has(toks[i].lower)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 4 && toks[j].kind === 'word'; j--) if (STATING_TEXTS.has(toks[j].lower)) return false;
  return true;
}
/** `did not say that …`, `can’t even tell that …`, `cannot explain why … the “reset” …`: a negated
 * cue at token k reports no words of the speaker's. */
const NEGATION = /^(?:not|never|cannot)$|n['’]t$/;

export function negated(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && toks[j].kind === 'word'; j--) if (NEGATION.test(toks[j].lower)) return true;
  return false;
}
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]{3,}(?:ian|ical|ous|ive|ful|ary)$/u;
const PERSON_ADJECTIVES = new Set(['executive', 'representative', 'relative', 'detective', 'native', 'conservative', 'progressive', 'secretary', 'adversary', 'emissary', 'missionary', 'revolutionary', 'visionary', 'contemporary', 'beneficiary', 'dignitary', 'historian', 'physician', 'politician', 'technician', 'musician', 'comedian', 'guardian', 'librarian', 'civilian', 'veterinarian', 'pediatrician', 'statistician', 'electrician', 'mathematician', 'custodian', 'christian', 'operative', 'captive', 'fugitive']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand', 'million', 'dozen', 'dozens', 'hundreds', 'thousands']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'cannot']);
const isName = (t: Tok | undefined) => !!t && t.kind === 'word' && t.upper;

/** Where the run of capitalised words ending at token k starts. */
function nameRunStart(toks: Tok[], k: number): number {
  while (k > 0 && isName(toks[k - 1])) k--;
  return k;
}

/** Whether the run of capitalised words ending at token k is joined by `and` to one before it. */
const coordinated = (toks: Tok[], k: number) => /^(?:and|&)$/.test(toks[nameRunStart(toks, k) - 1]?.lower ?? '');

/** A cue form that is a noun here: `states can pass` (a verb is never followed by a modal),
 * `his home state`, `the 1960s remark` (determiner, modifier, bare noun), `22 Clinton emails`,
 * `a Hillary Clinton email` (a name modifying a noun inside a noun phrase). */
function nounInPhrase(toks: Tok[], i: number): boolean {
  if (!PHRASE_NOUNS.has(toks[i].lower)) return false;
  // (Only a form that can be a noun: `which officials say will cost billions` is a verb whose
  // clause lacks its subject.)
  if (MODALS.has(toks[i + 1]?.lower ?? '')) return true;
  const prev = toks[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  // `make humanitarian claims`, `controversial remarks`: an adjective before a plural noun (a
  // lower-case adjective is never a verb's subject; the few that are nouns for people are not here).
  if (toks[i].lower.endsWith('s') && !prev.upper && ADJECTIVE.test(prev.text) && !PERSON_ADJECTIVES.has(prev.lower)) return true;
  const opensPhrase = (t: Tok | undefined) => !!t && ((DETERMINERS.has(t.lower) && t.lower !== 'that') || /^\d/.test(t.text));
  // `his home state`: a base form after a singular modifier is a noun (a verb would agree: `states`).
  // (Also past a second modifier: `a signature campaign promise`.)
  const modifier = (t: Tok | undefined) => !!t && t.kind === 'word' && !isName(t) && !t.lower.endsWith('s') && !DETERMINERS.has(t.lower);
  if (!/(?:s|ed)$/.test(toks[i].lower) && modifier(prev) && (opensPhrase(toks[i - 2]) || (modifier(toks[i - 2]) && opensPhrase(toks[i - 3])))) return true;
  // `Republican state schools Superintendent`: a base form after a singular capitalised word
  // does not agree with it as a verb would (`the Saudis state`, `Ann Lee states`).
  // (`Obama and Clinton call`: a coordinated subject is plural; `They note`: a pronoun.)
  if (!/(?:s|ed|ing)$/.test(toks[i].lower) && isName(prev) && !prev.text.endsWith('s') && !PRONOUNS.has(prev.lower) && !coordinated(toks, i - 1)) return true;
  // `22 Clinton emails`, but `the Saudis state`: a plural name is the subject.
  let k = i - 1;
  while (k >= 0 && isName(toks[k]) && !DETERMINERS.has(toks[k].lower)) k--;
  if (k < i - 1 && !prev.text.endsWith('s') && opensPhrase(toks[k])) {
    // `The New York Post reports`, `the Washington Post reported`: after a singular name a verb
    // agrees; a base form is a noun (`The New York state attorney general`), and so are plurals
    // that are rarely verbs (`the Clinton emails`). A number opens a plural (`22 Clinton emails`).
    const w = toks[i].lower;
    return /^\d/.test(toks[k].text) || (!w.endsWith('ed') && !(w.endsWith('s') && VERBS_AFTER_A_NAME.has(w)));
  }
  return false;
}

/** `will continue to be “a champion …”`, `went on to win`: `continue` and `go on` before `to` and a
 * verb (token k on) say that an action goes on, not that anyone speaks (`he continued.`, `went
 * on: “…”` stay cues). */
const goesOnTo = (toks: Tok[], k: number) => k + 1 < toks.length && toks[k].lower === 'to' && toks[k + 1].kind === 'word';

const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'this', 'these', 'those']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'themself', 'myself', 'ourselves', 'yourself', 'yourselves']);

/** Cues that may open a sentence before their speaker: `Said X,` / `Asked X,` / `Added X,`. */
const INVERTED_OPENERS = new Set(['say', 'ask', 'add', 'write', 'reply', 'answer', 'note']);

export interface CueIndex {
  single: Map<string, AttributionVerb>;
  multi: Map<string, { rest: string[]; verb: AttributionVerb }[]>;
  /** Per ASCII first letter (lower case) and length (capped at 63), 1 where some cue word has that
   * shape: most tokens are told apart from every cue without cutting their text. Null when a cue
   * word is not ASCII (then every token is looked up). 2 where a multi-word cue's first word has
   * the shape, 1 where only single-word cues have it. */
  shapes: Uint8Array | null;
  /** The single-word cues and the first words of multi-word ones, by the hashes the tokenizer
   * gives words of ASCII letters and digits. */
  words: WordFilter;
}

const shapeOf = (first: number, length: number) => first * 64 + (length < 63 ? length : 63);

/** The lemma as an internalized string (a property name is one). The lexicon cache's JSON
 * internalizes only short strings (`say`, not `according to`): optimised code comparing lemmas
 * with `===` after seeing only short ones deoptimised at the first long one (findReportedSpeech,
 * then recompiled at twice the cost). */
const internalized = (s: string): string => Object.keys({ [s]: 0 })[0];

export function buildCueIndex(verbs: AttributionVerb[]): CueIndex {
  const index: CueIndex = { single: new Map(), multi: new Map(), shapes: null, words: new WordFilter([]) };
  for (const entry of verbs) {
    const verb: AttributionVerb = { ...entry, lemma: internalized(entry.lemma) };
    for (const form of verb.forms) {
      const words = form.toLowerCase().split(/\s+/);
      if (words.length === 1) index.single.set(words[0], verb);
      else {
        const list = index.multi.get(words[0]) ?? [];
        list.push({ rest: words.slice(1), verb });
        index.multi.set(words[0], list);
      }
    }
  }
  const keys = [...index.single.keys(), ...index.multi.keys()];
  index.words = new WordFilter(keys);
  if (keys.every((w) => /^[\x00-\x7f]+$/.test(w))) {
    index.shapes = new Uint8Array(128 * 64);
    for (const w of index.single.keys()) index.shapes[shapeOf(w.charCodeAt(0), w.length)] = 1;
    for (const w of index.multi.keys()) index.shapes[shapeOf(w.charCodeAt(0), w.length)] = 2;
  }
  return index;
}

/** `Hillary Clinton Joked “…”`, `Ann Lee Asked Voters To “…”`: in a line written in title case a
 * capitalised cue is a verb: a name before it and only capitalised words (or a quote) after it. */
function inTitleCase(toks: Tok[], i: number): boolean {
  const word = (t: Tok | undefined) => !!t && t.kind === 'word';
  if (!isName(toks[i - 1]) || !/^\p{Lu}\p{Ll}/u.test(toks[i].text)) return false;
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) if (word(toks[k]) && !/^[\p{Lu}\d]/u.test(toks[k].text)) return false;
  // `would take place in United States “…”`: a lower-case word before the name (other than a
  // small word title case leaves lower) shows the line is a sentence, and `States` a name part.
  const k = nameRunStart(toks, i - 1);
  for (let n = 0, j = k - 1; j >= 0 && n < 3 && word(toks[j]); j--, n++) {
    if (/^\p{Ll}/u.test(toks[j].text) && !TITLE_CASE_SMALL_WORDS.has(toks[j].lower)) return false;
  }
  return true;
}
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'vs']);

export interface CueAt {
  first: number;
  last: number;
  verb: AttributionVerb;
}

/** An -s form after a name or he/she agrees with it as a verb (`Henry reports on Monday`). */
const agrees = (t: Tok, prev: Tok | undefined) => t.lower.endsWith('s') && !!prev && ((isName(prev) && !prev.text.endsWith('s')) || /^(?:he|she|it)$/.test(prev.lower));

/** The cue starting at token i, if any. A noun reading (`the report`, `a note`) is not a cue. */
export function cueAt(index: CueIndex, toks: Tok[], i: number): CueAt | null {
  const t = toks[i];
  if (t.kind !== 'word') return null;
  const c = t.first;
  const capital = c >= 65 && c <= 90;
  // (An ASCII cue word is matched only by a token of its length whose first unit is its first
  // letter, or that letter's capital: lower-casing keeps the length of any text it makes ASCII.)
  const shape = c < 128 && index.shapes ? index.shapes[shapeOf(capital ? c + 32 : c, t.end - t.start)] : 2;
  if (shape === 0) return null;
  // (A word of ASCII letters and digits whose hash no cue word has is none: its text is not cut.)
  if (t.plain && !index.words.mayHave(t.hash)) return null;
  // Multi-word cues may open a sentence (`According to`); single-word ones are lower case, and
  // a capitalised form is a name part (`Washington Post`, `Tell`), not a verb.
  const multi = shape === 2 ? index.multi.get(capital ? t.lower : t.text) : undefined;
  if (multi) {
    for (const { rest, verb } of multi) {
      if (!rest.every((w, k) => toks[i + 1 + k]?.lower === w)) continue;
      // (`to` after it is read for every multi-word cue, see `toAfter` below.)
      const toAfter = goesOnTo(toks, i + 1 + rest.length);
      return verb.lemma === 'go on' && toAfter ? null : { first: i, last: i + rest.length, verb };
    }
  }
  // `Said Dorothy Poynter, “…”`: an inverted cue opening the sentence, a name right after it.
  // (Not read past the sentence's last token: a read out of bounds deoptimises cueAt.)
  const opening = capital && (i === 0 || /^[.!?”"]$/.test(toks[i - 1].text)) && i + 1 < toks.length && /^\p{Lu}/u.test(toks[i + 1].text);
  const headlineCase = capital && !opening && inTitleCase(toks, i);
  const verb = capital ? (opening || headlineCase ? index.single.get(t.lower) : undefined) : index.single.get(t.text);
  if (!verb || (capital && !headlineCase && !INVERTED_OPENERS.has(verb.lemma))) return null;
  const prev = toks[i - 1];
  // `the report`, but `some chanted`, `most said`: a quantifier standing for people takes a verb
  // when the form cannot be a noun.
  if (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'that' && !(GROUP_QUANTIFIERS.has(prev.lower) && !PHRASE_NOUNS.has(t.lower))) return null;
  if (nounInPhrase(toks, i)) return null;
  // (The words after are read for every cue, not only after the rare verbs that ask about them: a
  // test made only for those has no type feedback when cueAt is optimised, and the first such verb
  // deoptimised it, a recompile of some 70 ms each.)
  const toAfter = goesOnTo(toks, i + 1);
  // `an empire that asserted itself into politics`: acting with force, not speaking.
  // (Not read past the last token: see `opening`.)
  const reflexiveAfter = i + 1 < toks.length && REFLEXIVES.has(toks[i + 1].lower);
  // `The group continued its offensive`: `continue` with an object says an action goes on too.
  const objectAfter = i + 1 < toks.length && OBJECT_OPENERS.has(toks[i + 1].lower);
  if (verb.lemma === 'continue' && (toAfter || objectAfter)) return null;
  if (verb.lemma === 'assert' && reflexiveAfter) return null;
  // `Economy in stress`, `under pressure to reply`: after a preposition a cue's plain form is a
  // noun (`by saying`, `to say` stay verbs).
  if (prev && PREPOSITIONS.has(prev.lower) && prev.lower !== 'to' && !t.lower.endsWith('ing')) return null;
  // `Fortune 100 brands`, `10-year notes`: after a number a cue form is a counted noun (but
  // `six in 10 say`, `43 said`: poll answers); so after a number word (`three term Texas Governor`).
  if (prev && verb.lemma !== 'say' && NUMBER_WORDS.has(prev.lower)) return null;
  // A year after `in` is a time, and the verb after it a cue (`Ann Lee in 2016 claimed that`).
  // (Only a word opening with a digit is read further.)
  if (prev && verb.lemma !== 'say' && prev.first >= 48 && prev.first <= 57 && /^\d[\d,.]*(?:-\p{L}+)?$/u.test(prev.text)) {
    const time = /^(?:1[89]|20)\d\d$/.test(prev.text) && /^(?:in|since|until|by)$/.test(toks[i - 2]?.lower ?? '');
    if (!time) return null;
  }
  // `a Wall Street Journal report as saying`: a noun reading, followed by a preposition (unless it agrees as a verb).
  if (NOUN_READINGS.has(t.lower) && !agrees(t, prev) && /^(?:as|of|on|in|by|from|for|to|with|about|at|\.)$/.test(toks[i + 1]?.lower ?? '.')) return null;
  // `Clinton’s recent claim that`, `Sanders’ call`: after a possessive it is a noun.
  if (PHRASE_NOUNS.has(t.lower) && possessiveBefore(toks, i)) return null;
  return { first: i, last: i, verb };
}

const POSSESSIVE_END = /(?:[’']s|^[’'])$/;
/** A possessive (`Clinton’s`, or a lone apostrophe after `Sanders`) among the three tokens before token i. */
function possessiveBefore(toks: Tok[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (POSSESSIVE_END.test(toks[j].text)) return true;
  return false;
}
