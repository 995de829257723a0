// Finds the speaker noun phrase next to a cue verb: the subject before it (`Shamkhani asserted`,
// `Zalmay Khalilzad, the US ambassador, said`) or the phrase after it (`said Sen. Graham`,
// `according to the newspaper`), and tells names, pronouns and descriptions apart.
import { firstStartingAt } from '../spans.js';
import { MONTHS, WEEKDAYS } from '../calendar-words.js';
import { isCapitalized, isLyAdverb, isQuoteMark, type Tok } from './tokens.js';
import { heIsName } from '../name-he.js';
import { isTitleWord, NOT_A_PERSON_LAST, splitTitle } from './people.js';
import { ANONYMOUS_HEADS, ANONYMOUS_MARKERS, BETWEEN_SUBJECT_AND_CUE, DETERMINERS, GROUP_QUANTIFIERS, IRREGULAR_PASTS, NOT_NAME, NP_PREPOSITIONS, NP_STOP, PRONOUNS, SENTENCE_OPENERS, SPEAKER_HEADS, TITLES } from './words.js';

export interface SpeakerNP {
  start: number;
  end: number;
  text: string;
  type: 'name' | 'pronoun' | 'description';
  /** The personal name inside the phrase, titles stripped. */
  nameWords: string[];
  anonymous: boolean;
  /** Title or appositive role given right there. (Every phrase is made with all seven fields, in
   * this order, `role` undefined when none: one object shape keeps the functions reading phrases
   * from being recompiled for a second shape.) */
  role: string | undefined;
}

/** np over another span or with another role, built field by field: a spread's copy has another
 * hidden class than the phrases `build` makes, and the code reading both is recompiled for each. */
export function changedNP(np: SpeakerNP, span: { start: number; end: number }, role: string | undefined): SpeakerNP {
  return { start: span.start, end: span.end, text: np.text, type: np.type, nameWords: np.nameWords, anonymous: np.anonymous, role };
}

const MAX_NP = 12;
const WH_WORDS = new Set(['why', 'how', 'what', 'where', 'whether']);
// `a source close to the talks`, `people familiar with the plan`
const LINKED_BY = new Set(['close to', 'familiar with', 'close with']);
const KNOWLEDGE = new Set(['knowledge', 'direct', 'firsthand', 'first-hand', 'detailed', 'intimate']);
// Roles held for someone named after `to`: `an aide to X`, `a senior adviser to X`.
// (Not `ambassador`, `envoy`: `The envoy to Jordan Ann Lee Kessler` is the envoy's name after a place.)
const ROLE_FOR = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'counselor', 'counsellor', 'assistant', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'successor', 'heir']);
const INDEFINITE = new Set(['a', 'an', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'another', 'one', 'senior', 'top', 'administration', 'government']);
/** `Officers’ Training Corps`: an apostrophe closing a plural possessive, not a quotation mark. */
const pluralPossessive = (toks: Tok[], k: number) => /^[’']$/.test(toks[k].text) && toks[k - 1]?.end === toks[k].start && /s$/i.test(toks[k - 1].text) && toks[k + 1]?.start !== toks[k].end;
// A dot that belongs to an abbreviation or an initial (`Sen.`, `W.`, `U.S.`), not a sentence end.
// (A title word spelled out ends the sentence at its dot: `according to a Taliban representative.`)
const isAbbrevDot = (toks: Tok[], i: number) =>
  toks[i].text === '.' && i > 0 && toks[i - 1].end === toks[i].start && ((isTitleWord(toks[i - 1].text) && toks[i - 1].text.length <= 5) || /^(?:\p{Lu}(?:\.\p{Lu})*|Jr|Sr)$/u.test(toks[i - 1].text));

// (Held for a place: `The envoy to Jordan Ann Lee Kessler` is the envoy's name after the place.)
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'emissary', 'consul']);
const FUSED_PRONOUN = /^(he|she|they|i|we|it)['’](?:s|re|m|d|ll|ve)$/;
// `he’s certain Rubio will say`, `surge doesn’t surprise pollster Daron Shaw:`: a verb fused with
// a pronoun or a negation ends a clause before the phrase.
const FUSED_VERB = /^(?:(?:i|you|he|she|it|we|they|there|that|who)['’](?:s|re|m|d|ll|ve)|\p{L}+n['’]t)$/u;
// `including Mr. Jebens`, `even Mr. Slinker`, `whereas Petraeus`, `critics like Huffman`: words that
// set a name in a clause or beside a group, never part of the speaker's phrase.
const BEFORE_THE_PHRASE = new Set(['including', 'like', 'unlike', 'even', 'especially', 'particularly', 'notably', 'whereas', 'among', 'amongst', 'besides', 'plus', 'except', 'excluding', 'alongside']);

const LEADING_LINK = new RegExp(String.raw`^(?:${[...BEFORE_THE_PHRASE].join('|')})\s+`, 'i');
/** Where the speaker's words start in np: after a word that links it to the clause (`including
 * Mr. Jebens`), which the phrase keeps so that the clause around it is read right. */
export function speakerStart(np: SpeakerNP): number {
  const link = LEADING_LINK.exec(np.text);
  return link ? np.start + link[0].length : np.start;
}

function build(toks: Tok[], from: number, to: number, text: string): SpeakerNP | null {
  while (from <= to && (NP_PREPOSITIONS.has(toks[from].lower) || toks[from].kind === 'punct')) from++;
  while (to >= from && toks[to].kind === 'punct' && toks[to].text !== '.') to--;
  if (from > to) return null;
  const span = toks.slice(from, to + 1);
  const start = span[0].start, end = span[span.length - 1].end;
  const phrase = text.slice(start, end);
  if (span.length === 1 && PRONOUNS.has(span[0].lower) && !heIsName(text, start)) return { start, end, text: phrase, type: 'pronoun', nameWords: [], anonymous: false, role: undefined };
  // The last capitalised run is the candidate name: `the economist Jared Bernstein`; but in `Robin
  // Biesbroek of the CDF` the name comes before the post-modifier naming where the person works.
  const named = nameBeforePostModifier(span);
  let runEnd = -1;
  for (let k = named.length - 1; k >= 0; k--) if (isCapitalized(named[k])) { runEnd = k; break; }
  let nameWords: string[] = [];
  let title: string[] = [];
  if (runEnd >= 0) {
    let runStart = runEnd;
    // `of` joins capitalised words (`Bank of America`), not a lowercase head to a name (`the
    // governor of Ohio`, a description).
    const joins = (t: Tok, before: Tok | undefined) => NAME_PARTICLES.has(t.lower) || (t.lower === 'of' && !!before && isCapitalized(before));
    while (runStart > 0 && (isCapitalized(named[runStart - 1]) || named[runStart - 1].text === '.' || joins(named[runStart - 1], named[runStart - 2]))) runStart--;
    const words = named.slice(runStart, runEnd + 1).filter((t) => t.kind === 'word').map((t) => t.text);
    ({ title, name: nameWords } = splitTitle(words));
    // `officials in Utah`, `Voters from Ohio and Iowa`: where the people are, not who; `Trump in
    // Iowa`: the name is before the places.
    const where = placeListStart(named, runStart - 1);
    if (where >= 0) {
      if (!isPeopleHead(named[where - 1])) return build(toks, from, from + where - 1, text);
      ({ title, name: nameWords } = { title: [], name: [] });
    }
    // `the Department of Energy`, `the Bank of England`: a body's head before `of` names the body.
    // (`Supporters of Sanders` are people, not a body: a description.)
    const of = words.indexOf('of');
    const body = of > 0 ? words[of - 1].toLowerCase() : '';
    // (So does `the` before capitals with `of` among them, `the Illinois Board of Elections`, unless
    // a title opens them: `the Prince of Wales`.)
    const theBody = of > 0 && runStart > 0 && named[runStart - 1].lower === 'the' && !isTitleWord(words[0]);
    if (NOT_A_PERSON_LAST.has(body) || theBody) ({ title, name: nameWords } = { title: [], name: PEOPLE_NOUNS.has(body) ? [] : words.slice(/^(?:the|a|an)$/i.test(words[0]) ? 1 : 0) });
    // `the ISIL terrorists in Iraq`, `the US State Department`: places and bodies are not people.
    if (nameWords.every((w) => NOT_NAME.has(w.toLowerCase().replace(/[’']s$/, '')))) nameWords = [];
    // `Others reported`, `Hours before …`: a word capitalised only because it opens the sentence.
    // (`Officials said`, `Diplomats said` are the unnamed sources `officials said` is.)
    if (nameWords.length === 1 && runStart === 0 && (NOT_A_NAME_ALONE.has(nameWords[0].toLowerCase()) || ANONYMOUS_HEADS.has(nameWords[0].toLowerCase()))) nameWords = [];
    if (nameWords.length && named.slice(runEnd + 1).some((t) => t.kind === 'word' && !/^(?:jr|sr|ii|iii)$/i.test(t.text))) nameWords = [];
    if (nameWords.length === 1 && nameWords[0] === span[0].text && DETERMINERS.has(nameWords[0].toLowerCase())) nameWords = [];
    // `Obama Aide Calls …` in a title-case headline: a role noun ends a description, not a name.
    if (nameWords.length >= 2 && ROLE_LAST.has(nameWords[nameWords.length - 1].toLowerCase())) nameWords = [];
    // `one neo-bank CEO`: a role written as an acronym after other words is the phrase's head noun.
    if (nameWords.length === 1 && runStart > 0 && /^\p{Lu}{2,4}$/u.test(nameWords[0]) && isSpeakerNoun(nameWords[0].toLowerCase())) nameWords = [];
    // `a senior fellow at the X Institute`, `a spokesman for Senator Y`: a name after the preposition
    // of a common-noun head says where the speaker works or for whom, not who speaks.
    if (nameWords.length && inPostModifier(named, runStart)) nameWords = [];
  }
  const lowerWords = span.filter((t) => t.kind === 'word').map((t) => t.lower);
  // `a senior official`, `US officials`, `unnamed sources` are anonymous; `the official` and
  // `Iran’s top security official` point at someone the article may name.
  // (The head comes before a post-modifier: `a spokesperson for the ministry` is as unnamed as `a
  // ministry spokesperson`.)
  // (Not after a quantifier: `one of Mr. Obama's climate advisers` is headed by `advisers`.)
  // (`officials in Beijing`: where they are is a post-modifier too.)
  // (`a person briefed on the talks`, `a source close to the family`: a participle or `close`
  // and its preposition open a post-modifier too.)
  const modifier = lowerWords.findIndex((w, i) => i > 0 && (POST_MODIFIER_PREPOSITIONS.has(w) || w === 'in' || (w === 'to' && ROLE_FOR.has(lowerWords[i - 1])) || linkedModifier(lowerWords, i)) && !GROUP_QUANTIFIERS.has(lowerWords[i - 1]) && !/^(?:one|two|three|four|five|\d+)$/.test(lowerWords[i - 1]));
  const head = lowerWords[(modifier > 0 ? modifier : lowerWords.length) - 1];
  const indefinite = INDEFINITE.has(lowerWords[0]) || (!DETERMINERS.has(lowerWords[0]) && !/[’']s$/.test(lowerWords[0]) && (head.endsWith('s') || head.endsWith('men')));
  const anonymous = !nameWords.length && (lowerWords.some((w) => ANONYMOUS_MARKERS.has(w)) || (ANONYMOUS_HEADS.has(head) && indefinite) || NAME_WITHHELD.test(text.slice(end, end + 100)));
  // (`The World Bank said`: an article opening the sentence is no role.)
  const role = title.length && !title.every((w) => DETERMINERS.has(w.toLowerCase())) ? title.join(' ') : undefined;
  return { start, end, text: phrase, type: nameWords.length ? 'name' : 'description', nameWords, anonymous, role };
}

/** `One resident, who did not want to be named,`, `a man who asked not to be identified`: a
 *  relative clause right after the phrase says the name was withheld. */
const NAME_WITHHELD = /^,?\s+(?:who|which)\s+(?:had\s+|has\s+)?(?:did\s+not|didn['’]t|does\s+not|asked\s+not|declined|refused|requested|spoke|was\s+not|is\s+not|were\s+not|are\s+not)\b[^.;:“”"]{0,50}?\b(?:to\s+be\s+(?:named|identified)|anonymity|authori[sz]ed\s+to\s+(?:speak|comment|discuss))/;
// (`von der Leyen`, `de la Cruz`: particles of a surname, in lower case inside a sentence.)
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'den', 'del', 'la', 'da', 'di', 'du']);
const POST_MODIFIER_PREPOSITIONS = new Set(['of', 'from', 'at', 'with', 'for']);
const LINKING_PREPOSITIONS = new Set(['on', 'in', 'to', 'with', 'about']);
/** Word i, a participle or `close` before a preposition after a noun, opens a post-modifier
 *  (`briefed on`, `involved in`, `close to`). */
const linkedModifier = (words: string[], i: number) => i > 0 && LINKING_PREPOSITIONS.has(words[i + 1] ?? '') && LINKING_WORDS.has(words[i]);
/** Participles (and `close`) that tie a source to what they know (`briefed on`, `involved in`): only
 *  these, since another verb before a preposition is more often the clause's own (`activists joined in`). */
const LINKING_WORDS = new Set(['close', 'briefed', 'involved', 'engaged', 'based', 'stationed', 'assigned', 'connected', 'associated', 'aligned', 'allied', 'affiliated', 'tied', 'linked', 'informed', 'versed', 'acquainted', 'knowledgeable']);
const ROLE_LAST = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'staffer', 'staffers', 'insider', 'insiders', 'lawmaker', 'lawmakers']);
const PEOPLE_NOUNS = new Set(['republicans', 'democrats', 'conservatives', 'liberals', 'americans', 'voters', 'supporters']);
const PAST_VERB = /^\p{Ll}{3,}ed$/u;
/** Times that stand between a subject and its verb, whose words are all lower case once read. */
const SKIPPED_TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'week', 'month', 'year']);
function timeBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SKIPPED_TIME.has(toks[k].lower)) return true;
  return false;
}
/** A lower-case past participle: `published`, `filed`, `written`, `shown`. */
const PAST_PARTICIPLE = /^\p{Ll}{2,}(?:ed|en|wn)$/u;
const TIME_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS}|\\d{4})$`);
const INTENSIFIERS = new Set(['himself', 'herself', 'itself', 'themselves']);
const TIME_NOUNS = new Set(['hours', 'days', 'minutes', 'weeks', 'months', 'years', 'moments']);
/** A count of them, in figures or words: `3`, `two`, `twenty-three`, `several`. */
const COUNT = /^(?:\d+|a|an|several|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/;
const NOT_A_NAME_ALONE = new Set([...GROUP_QUANTIFIERS, ...SENTENCE_OPENERS, ...TIME_NOUNS, 'company', 'people', 'allies', 'agencies', 'aides', 'sources', 'friends', 'experts', 'police', 'citizens', 'witnesses', 'families', 'relatives', 'colleagues']);

/** `A spokeswoman for …`, `Some delegates at …`: a determiner opening the sentence, then a noun for
 * people within three words, and no verb (`The decision came from the Lakeside Council` is a clause). */
function determinedHead(span: Tok[]): boolean {
  if (!DETERMINERS.has(span[0].lower)) return false;
  const isHead = (w: string) => SPEAKER_HEADS.has(w) || ANONYMOUS_HEADS.has(w) || ROLE_FOR.has(w);
  if (!span.slice(1, 4).some((t) => isHead(t.lower) || isHead(t.lower.replace(/s$/, '')))) return false;
  return !span.some((t) => IRREGULAR_PASTS.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text));
}

/** Whether the run starting at `runStart` follows a preposition after a lowercase head that opens the phrase. */
function inPostModifier(span: Tok[], runStart: number): boolean {
  for (let k = 0; k < runStart; k++) {
    const t = span[k];
    // A sentence opens capitalised: `Officials in Austin, Texas, said`, `A spokeswoman for Carly Fiorina said`.
    const commonHead = k === 0 && (ANONYMOUS_HEADS.has(t.lower) || SPEAKER_HEADS.has(t.lower) || determinedHead(span));
    if (t.kind !== 'word' || (isCapitalized(t) && !commonHead)) return false;
    if (k > 0 && (POST_MODIFIER_PREPOSITIONS.has(t.lower) || t.lower === 'in' || (t.lower === 'to' && ROLE_FOR.has(span[k - 1].lower)))) return true;
  }
  return false;
}

/** `Robin Biesbroek of the CDF`, `Rep. Jane Roe of New York`: the tokens before a preposition that
 * follows a name of two or more words (titles aside) opening the phrase; else the whole phrase. */
function nameBeforePostModifier(span: Tok[]): Tok[] {
  const p = span.findIndex((t, k) => k > 1 && t.kind === 'word' && POST_MODIFIER_PREPOSITIONS.has(t.lower) && isCapitalized(span[k - 1]));
  if (p < 0) return span;
  let runStart = p - 1;
  while (runStart > 0 && (isCapitalized(span[runStart - 1]) || span[runStart - 1].text === '.')) runStart--;
  const words = span.slice(runStart, p).filter((t) => t.kind === 'word').map((t) => t.text);
  // Only a phrase that opens with the name: `a senior fellow at the X Institute for Y` stays a description.
  return runStart === 0 && splitTitle(words).name.length >= 2 ? span.slice(0, p) : span;
}

/** The noun phrase ending at token j (inclusive), scanning left. */
/** The named person after `of` in a description whose head before it is no speaker noun
 * (`mention of Jeb Bush`, not `the wife of Jeb Bush`), ending at token `last`. */
function personAfterOf(toks: Tok[], np: SpeakerNP, last: number, text: string): SpeakerNP | null {
  for (let i = firstStartingAt(toks, np.start); i < last && toks[i].start < np.end; i++) {
    if (toks[i].lower !== 'of') continue;
    const head = toks[i - 1];
    if (!head || head.kind !== 'word' || isSpeakerNoun(head.lower)) return null;
    const name = build(toks, i + 1, last, text);
    return name && name.type === 'name' ? name : null;
  }
  return null;
}

/** Whether the phrase ending at token j goes on over token k (not the first word of it): a list of
 * places (`Attorneys general in Utah and New Mexico said`), an abbreviation's dot, a hyphen or `&`,
 * `to` after a role held for someone (`an aide to Carly Fiorina`), `with` in the anonymous-source
 * formula (`people with knowledge of the talks`). */
function goesOnOver(toks: Tok[], k: number, j: number): boolean {
  const t = toks[k];
  if ((t.lower === 'and' || t.text === ',') && inPlaceList(toks, k, j)) return true;
  // (`An aide to the House Ways and Means Committee`: `and` inside the name of the body a
  // description's role is held for.)
  if (t.lower === 'and' && k > 0 && toks[k - 1].upper && toks[k + 1]?.upper && k + 1 < j && toks.slice(k + 1, j + 1).every((w) => w.upper) && NOT_A_PERSON_LAST.has(toks[j].lower)) return bodyOfARole(toks, k);
  // (`U.S. and Iranian officials`, `Republican and Democratic leaders`: two modifiers of one head.)
  if (t.lower === 'and' && k + 1 < j && sharedHead(toks, k, j)) return true;
  if (t.kind === 'punct') return isAbbrevDot(toks, k) || t.text === '-' || t.text === '&' || (k < j && possessiveApostrophe(toks, k));
  return (t.lower === 'to' && ROLE_FOR.has(toks[k - 1]?.lower ?? '')) || (t.lower === 'with' && KNOWLEDGE.has(toks[k + 1]?.lower ?? ''));
}

/** `and` at k joins two capitalised modifiers of the lower-case head noun for people at j: a
 *  nationality, a party or an abbreviation before it (not a name: `Paul Ryan and Republican
 *  leaders` are two speakers). */
function sharedHead(toks: Tok[], k: number, j: number): boolean {
  const b = toks[k - 1]?.text === '.' ? k - 2 : k - 1;
  if (b < 0 || !MODIFIER_WORD.test(toks[b].text) || toks[b - 1]?.upper) return false;
  for (let m = k + 1; m < j; m++) if (!toks[m].upper) return false;
  return !toks[j].upper && isSpeakerNoun(toks[j].lower) && toks[j].lower.endsWith('s');
}
const MODIFIER_WORD = /^(?:\p{Lu}(?:\.\p{Lu})+|\p{Lu}{2,4}|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic))$/u;

/** Before the capitalised words left of k come `the` and a preposition after a lower-case head
 *  (`an aide to the …`, `a spokesperson for the …`). */
function bodyOfARole(toks: Tok[], k: number): boolean {
  let i = k - 1;
  while (i > 0 && (toks[i].upper || isAbbrevDot(toks, i))) i--;
  if (toks[i]?.lower === 'the') i--;
  return (i > 0 && NP_PREPOSITIONS.has(toks[i].lower)) || (toks[i]?.lower === 'to' && ROLE_FOR.has(toks[i - 1]?.lower ?? ''));
}

/** `Jones’ campaign`: an apostrophe closing a word in `s`, with a word after it, makes a possessive. */
function possessiveApostrophe(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const before = toks[k - 1];
  return (t.text === '’' || t.text === "'") && before !== undefined && before.kind === 'word' && before.end === t.start && /s$/i.test(before.text) && toks[k + 1]?.kind === 'word' && toks[k + 1].start > t.end;
}

const HONORIFIC_WORD = /^(?:Mr|Mrs|Ms|Mx|Dr|Miss)$/;
function phraseEndingAt(toks: Tok[], j: number, text: string): SpeakerNP | null {
  if (j < 0) return null;
  if (PRONOUNS.has(toks[j].lower) && !heIsName(text, toks[j].start)) return build(toks, j, j, text);
  // `He’s also praising`: the pronoun of a fused verb (only a word with an apostrophe, no plain one).
  const fused = toks[j].plain ? null : FUSED_PRONOUN.exec(toks[j].lower);
  if (fused) {
    const { start } = toks[j];
    const end = start + fused[1].length;
    return { start, end, text: text.slice(start, end), type: 'pronoun', nameWords: [], anonymous: false, role: undefined };
  }
  let k = j;
  // (Each way of going on steps back in one place: a step of its own, first taken in optimised
  // code, deoptimised phraseEndingAt.)
  while (k >= 0 && j - k < MAX_NP) {
    const t = toks[k];
    if (goesOnOver(toks, k, j)) { k--; continue; }
    if (t.kind === 'punct') break;
    // `That is why critics say`: a wh-word opens a clause, the phrase starts after it.
    // `China’s ambassador to Britain accused`: an envoy to a place is a description, the place no
    // speaker; `ambassador to Britain Liu Xiaming said`: the name after a one-word place speaks.
    if (t.lower === 'to' && ENVOYS.has(toks[k - 1]?.lower ?? '')) {
      if (j >= k + 3 && isCapitalized(toks[k + 1])) return build(toks, k + 2, j, text);
      const envoy = j === k + 1 || toks[k + 1].lower === 'the' ? phraseEndingAt(toks, k - 1, text) : null;
      if (envoy) return { start: envoy.start, end: toks[j].end, text: text.slice(envoy.start, toks[j].end), type: 'description', nameWords: [], anonymous: false, role: undefined };
    }
    if (NP_STOP.has(t.lower) || (PRONOUNS.has(t.lower) && !heIsName(text, t.start)) || WH_WORDS.has(t.lower) || BEFORE_THE_PHRASE.has(t.lower)) break;
    // `In 2007 Mr. Huckabee was quoted`: a number before an honorific is a date, no part of the name.
    if (k < j && /^\d+$/.test(t.text) && HONORIFIC_WORD.test(toks[k + 1].text)) break;
    // (What follows a fused verb up to a capitalised word is its predicate: `doesn’t surprise`. Only
    // a word with an apostrophe can be one: a plain word is letters and digits.)
    if (!t.plain && FUSED_VERB.test(t.lower)) {
      let f = k + 1;
      while (f < j && !isCapitalized(toks[f])) f++;
      return build(toks, f, j, text);
    }
    if (DETERMINERS.has(t.lower)) {
      // `a spokesman for the campaign`: on over the preposition; `a source close to the talks`: over the link.
      // (`An aide to the House Budget Committee`: a role held for someone, over `to`.)
      const over = NP_PREPOSITIONS.has(toks[k - 1]?.lower ?? '') || (toks[k - 1]?.lower === 'to' && ROLE_FOR.has(toks[k - 2]?.lower ?? '')) ? 2 : LINKED_BY.has(`${toks[k - 2]?.lower} ${toks[k - 1]?.lower}`) ? 3 : 0;
      // (Not over a verb's preposition: `The staffer apologized for a post that criticized` is the
      // post; `a person briefed on the matter` stays whole.)
      const verbBefore = over === 2 && PAST_VERB.test(toks[k - 2]?.text ?? '') && !LINKING_WORDS.has(toks[k - 2].lower);
      if (over > 0 && !verbBefore) { k -= over; continue; }
      k--;
      break;
    }
    if (NP_PREPOSITIONS.has(t.lower) && !(k > 0 && (toks[k - 1].kind === 'word' && !NP_STOP.has(toks[k - 1].lower)))) break;
    k--;
  }
  return build(toks, k + 1, j, text);
}

/** The capitalised run right before token i is the object of a verb's preposition: `posted on
 * Twitter accusing`, `spoke on CNN saying` (not a noun's: `56 percent of Americans saying`). */
export function afterPrepositionObject(toks: Tok[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && toks[j].kind === 'word' && toks[j].upper) j--;
  if (sentTo(toks, i)) return true;
  if (j === i - 1 || j < 1 || !NP_PREPOSITIONS.has(toks[j].lower)) return false;
  // (`responded to Vargas’ question on Facebook writing`: past another preposition's phrase.)
  for (let k = j - 1; k >= 0 && j - k <= 6; k--) {
    const t = toks[k];
    if (/^\p{Ll}+ed$/u.test(t.text) || PAST_VERBS.has(t.lower)) return /^(?:to|on|in|at|with|about|for|from)$/.test(toks[k + 1].lower);
    if (t.kind !== 'word' && !/^[’']$/.test(t.text)) return false;
  }
  return false;
}
const PAST_VERBS = new Set([...IRREGULAR_PASTS, 'said', 'told', 'sat']);

/** `sent an e-mail to RNC members saying`, `wrote a letter to lawmakers arguing`: the words were
 *  sent to the people before the participle, who are not its subject. */
function sentTo(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= 1 && i - j <= 3; j--) {
    if (toks[j].kind !== 'word') return false;
    if (toks[j].lower !== 'to') continue;
    for (let k = j - 1; k >= 0 && j - k <= 4; k--) if (SENDING.has(toks[k].lower)) return true;
    return false;
  }
  return false;
}
const SENDING = new Set(['sent', 'wrote', 'emailed', 'e-mailed', 'mailed', 'handed', 'delivered', 'addressed', 'forwarded', 'posted', 'tweeted']);

/** A party and state set after a name: `R-Texas`, `D-N.Y.`, `I-Vt.`. */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

const GO = new Set(['go', 'goes', 'went', 'going', 'gone']);
const GO_ON = new Set(['continue', 'continues', 'continued', 'continuing', 'proceed', 'proceeds', 'proceeded']);
const QUOTED_AS = new Set(['quoted', 'recorded']);
const TRY_TO = new Set(['tried', 'tries', 'try', 'sought', 'seeks', 'wanted', 'wants', 'moved', 'moves', 'rushed', 'hastened', 'appeared', 'appears', 'seemed', 'seems', 'rose', 'stood', 'paused', 'stopped', 'chose', 'decided', 'managed', 'dared', 'returned', 'hurried', 'took', 'takes', 'came', 'comes', 'used']);
const TO_BE_SAID = new Set(['expected', 'set', 'scheduled', 'slated', 'due', 'poised', 'going', 'about', 'planning', 'preparing']);

// Capitalised before a cue, this is a name (`Theresa May said`), not `may`.
const NAMES_NOT_AUXILIARIES = new Set(['May']);

/** The subject of the cue whose first token is i. */
export function subjectBefore(toks: Tok[], i: number, text: string): SpeakerNP | null {
  let j = i - 1;
  // `X is pledging`, `X was telling reporters`: the progressive's auxiliary.
  const progressive = (toks[i]?.lower ?? '').endsWith('ing');
  // (`Her campaign workers here said`: where they are is no part of them either.)
  while (j >= 0 && toks[j].kind === 'word' && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].lower) || toks[j].lower === 'here' || isLyAdverb(toks[j]) || (progressive && /^(?:is|are|was|were|been)$/.test(toks[j].lower))) && !PRONOUNS.has(toks[j].lower) && !NAMES_NOT_AUXILIARIES.has(toks[j].text)) j--;
  // `Smith herself said`: the reflexive stresses the subject and is no part of it.
  if (j > 0 && INTENSIFIERS.has(toks[j].lower) && toks[j - 1].kind === 'word' && !PRONOUNS.has(toks[j - 1].lower)) j--;
  // `Senate Minority Leader Chuck Schumer exited saying`: a verb in the past between a name and the
  // participle is the subject's own, no part of the name.
  if (progressive && j > 0 && toks[j].kind === 'word' && PAST_VERB.test(toks[j].text) && toks[j - 1].upper) j--;
  // `Mr. Rubio is expected to say`: words still to be said are the subject's too; so are words
  // said on (`Trump went on to say`, `continued to say`).
  // (One step back for both: the first, rare, had no type feedback of its own when subjectBefore
  // was optimised, and deoptimised it.)
  if (j >= 2 && toks[j].lower === 'to' && ((TO_BE_SAID.has(toks[j - 1].lower) && /^(?:is|are|was|were)$/.test(toks[j - 2].lower)) || (toks[j - 1].lower === 'on' && GO.has(toks[j - 2].lower)))) j -= 3;
  else if (j >= 1 && toks[j].lower === 'to' && (GO_ON.has(toks[j - 1].lower) || TRY_TO.has(toks[j - 1].lower))) {
    // (`Ann Lee tried to suggest`, `sought to say`: what the subject set out to say is its own.)
    j -= 2;
    while (j >= 0 && toks[j].kind === 'word' && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].lower) || isLyAdverb(toks[j])) && !PRONOUNS.has(toks[j].lower)) j--;
  }
  // `Mr. Trump was quoted as saying`, `has been quoted as saying`: the words are the subject's.
  else if (progressive && j >= 2 && toks[j].lower === 'as' && QUOTED_AS.has(toks[j - 1].lower) && /^(?:is|are|was|were|been)$/.test(toks[j - 2].lower)) {
    j -= 3;
    if (j >= 0 && /^(?:has|have|had)$/.test(toks[j].lower)) j--;
  }
  // `A news report published Wednesday said`: a participle and its time after the subject qualify it.
  if (j > 0 && PAST_PARTICIPLE.test(toks[j].text) && toks[j - 1].kind === 'word' && timeBetween(toks, j + 1, i)) j--;
  // `Clark in October revealed`: a time after the subject is no part of it.
  if (j > 1 && TIME_WORD.test(toks[j].text) && /^(?:in|on)$/.test(toks[j - 1].lower) && isCapitalized(toks[j - 2])) j -= 2;
  // A party tag or acronym in brackets: `Sen. Rand Paul (R-Ky.) said`.
  if (j >= 0 && toks[j].text === ')') {
    const k = asideOpener(toks, j, isOpenBracket, 8);
    if (k >= 0) j = k - 1;
  }
  // An aside between dashes: `Many speakers — including Muslims, Christians and Jews — said`.
  // (Or between hyphens set apart by spaces, as dashes are typed: `Democrats - especially in New York - said`.)
  const hyphen = j > 0 && spacedHyphen(toks, j);
  if (j > 0 && (isAsideDash(toks[j]) || hyphen)) {
    const k = asideOpener(toks, j, hyphen ? isHyphen : isAsideDash, 16);
    if (k > 0 && toks[k - 1].kind === 'word' && (!hyphen || spacedHyphen(toks, k))) j = k - 1;
  }
  if (j < 0) return null;
  // `Beck, who has described Trump as “…”`: the mention is the relative pronoun, the person its antecedent.
  if ((toks[j].lower === 'who' || toks[j].lower === 'which') && toks[j - 1]?.text === ',') {
    const own = phraseEndingAt(toks, j - 2, text);
    // `Lionel Sosa, a Texas consultant, who said`: the name before the appositive.
    // (`Sen. Mitt Romney, R-Utah, who said`: past a party tag too.)
    const antecedent = own && ((own.type === 'description' && /^(?:a|an|the)\s/i.test(own.text) && toks[firstStartingAt(toks, own.start) - 1]?.text === ',') || placeInAppositive(toks, own) || PARTY_TAG.test(own.text)) ? acrossAppositive(toks, j - 1, text) ?? own : own;
    // `no mention of Jeb Bush, who announced …`: `who` is a person, so past a head that is none.
    // (`antecedent !== null` first: optimised code comparing the type of none with a string deoptimised.)
    const person = toks[j].lower === 'who' && antecedent !== null && antecedent.type === 'description' ? personAfterOf(toks, antecedent, j - 2, text) : null;
    const speaker = person ?? antecedent;
    return speaker && speaker.type !== 'pronoun' ? changedNP(speaker, toks[j], speaker.role) : null;
  }
  // `It was Obama who called`, `groups like Greenpeace which charged`, `a post that criticized`: a
  // restrictive relative's antecedent, when it can speak.
  if ((toks[j].lower === 'who' || toks[j].lower === 'which' || toks[j].lower === 'that') && toks[j - 1]?.kind === 'word') {
    const antecedent = phraseEndingAt(toks, j - 1, text);
    if (antecedent && antecedent.type !== 'pronoun' && isSpeakerLike(antecedent, true)) {
      // `Enter Ms. Lauten — a former aide who describes herself …`: a description set beside a name is that person.
      const at = firstStartingAt(toks, antecedent.start);
      const beside = antecedent.type === 'description' && /^(?:a|an|the)\s/i.test(antecedent.text) && at > 1 && (toks[at - 1].text === ',' || isAsideDash(toks[at - 1])) ? phraseEndingAt(toks, at - 2, text) : null;
      const person = beside?.type === 'name' ? beside : antecedent;
      return changedNP(person, toks[j], person === antecedent ? antecedent.role : antecedent.text);
    }
  }
  if (toks[j].text === ',') return acrossAppositive(toks, j, text);
  if (isQuoteMark(toks[j])) return null;
  const np = participleObject(toks, restrictiveAntecedent(toks, phraseEndingAt(toks, j, text), text), text);
  const fromPlace = np && personFromPlace(toks, np, text);
  if (fromPlace) return fromPlace;
  // `an op-ed in the Tribune` holds a name but is a document all the same.
  const found = (np && (np.type === 'description' || /^an?\s/.test(np.text)) && documentAuthor(toks, np, text)) || np;
  return found ? nameBeforeOccasion(toks, found, text) ?? found : found;
}

/** `Emails turned over to legislators suggest`, `Residents interviewed by reporters said`: a phrase
 *  after a participle's preposition is its object; the subject is the phrase before the participle
 *  (np itself when it is no such object). */
function participleObject(toks: Tok[], np: SpeakerNP | null, text: string): SpeakerNP | null {
  // (Only a phrase in lower case: `linked to the Associated Press report, which notes` has a body
  // that may speak before a cue read as a verb.)
  if (!np || np.type !== 'description' || /\p{Lu}/u.test(np.text.slice(1))) return np;
  const first = firstStartingAt(toks, np.start);
  if (!OBJECT_PREPOSITIONS.has(toks[first - 1]?.lower ?? '')) return np;
  let v = first - 2;
  if (PARTICLES.has(toks[v]?.lower ?? '')) v--;
  if (v < 1 || toks[v].kind !== 'word' || !(PAST_VERB.test(toks[v].text) || IRREGULAR_PASTS.has(toks[v].lower))) return np;
  const subject = phraseEndingAt(toks, v - 1, text);
  // (`a comment made by a speaker at the rally lamenting`: words made by someone are theirs.)
  return subject && subject.type !== 'pronoun' && !headCannotSpeak(subject) ? subject : np;
}

/** `sent her a letter citing`, `sent out a press release saying`: the document sent says what its
 *  sender says; the sender is the subject of the verb of sending, a few words before. Null when np
 *  is no document just sent. */
export function senderOf(toks: Tok[], np: SpeakerNP, text: string): SpeakerNP | null {
  if (np.type !== 'description' || !DOCUMENTS.has(np.text.slice(np.text.lastIndexOf(' ') + 1).toLowerCase())) return null;
  const first = firstStartingAt(toks, np.start);
  for (let k = first - 1; k >= 0 && first - k <= 3 && toks[k].kind === 'word'; k--) {
    if (!SENDING.has(toks[k].lower)) continue;
    const sender = subjectBefore(toks, k, text);
    return sender && !headCannotSpeak(sender) ? sender : null;
  }
  return null;
}
const OBJECT_PREPOSITIONS = new Set(['to', 'by', 'with', 'from', 'into', 'onto']);
const PARTICLES = new Set(['over', 'out', 'up', 'back', 'down', 'off']);

/** `Stacy Baker of Columbia, South Carolina says`: a state after its city and a comma ends the
 * phrase of the person from there who opens the sentence, and who is its subject. */
function personFromPlace(toks: Tok[], np: SpeakerNP, text: string): SpeakerNP | null {
  // (A place has no title: `President Bronislaw Komorowski of Poland, Mr. Obama disputed`.)
  if (np.type !== 'name' || (np.role !== undefined && isTitleWord(np.role.split(/\s+/).pop()!)) || np.nameWords.length > 2 || /^(?:Mr|Mrs|Ms|Dr)\b/.test(np.text)) return null;
  let k = firstStartingAt(toks, np.start) - 1;
  if (toks[k]?.text !== ',') return null;
  let words = 0;
  for (k--; k >= 0 && isCapitalized(toks[k]) && words < 3; k--) words++;
  if (!words || toks[k]?.lower !== 'of') return null;
  const person = phraseEndingAt(toks, k - 1, text);
  // (The person opens the sentence: `After meeting Bronislaw Komorowski of Poland, Obama said` is Obama.)
  const before = person ? toks[firstStartingAt(toks, person.start) - 1] : undefined;
  return person && person.type === 'name' && (!before || /^[.!?]$/.test(before.text) || /\n/.test(text.slice(before.end, person.start))) ? person : null;
}

/** `Many voters who watched his speeches over the decades said …`: the cue's subject is the
 * antecedent of a `who` clause, with a verb of its own, that runs up to the cue (a few words back,
 * no comma or other clause between). Null when there is none, or it cannot speak. */
export function antecedentOfRelative(toks: Tok[], cueFirst: number, text: string): SpeakerNP | null {
  let verb = false;
  for (let j = cueFirst - 2; j > 0 && cueFirst - j <= 16; j--) {
    const t = toks[j];
    if (t.kind === 'punct' && !(t.text === ',' && j === cueFirst - 1) && t.text !== '.') return null;
    verb ||= t.kind === 'word' && (RELATIVE_VERB.test(t.lower) || IRREGULAR_PASTS.has(t.lower));
    if (t.lower !== 'who') continue;
    // (`Friends of Mr. Clinton’s who …`: a possessive's owner is not the antecedent.)
    const before = toks[j - 1];
    const antecedent = verb && before.kind === 'word' && !/['’]s?$/.test(before.text) ? phraseEndingAt(toks, j - 1, text) : null;
    return antecedent && antecedent.type !== 'pronoun' && isSpeakerLike(antecedent, true) ? antecedent : null;
  }
  return null;
}
const RELATIVE_VERB = /^(?:is|are|was|were|has|have|had|\p{Ll}+ed)$/u;

/** `James Renacci, a candidate in Ohio’s 16th District, who said`: an appositive whose name comes
 * after a place preposition (`in Ohio’s 16th District`) names where, not who. */
function placeInAppositive(toks: Tok[], np: SpeakerNP): boolean {
  const at = firstStartingAt(toks, np.start);
  if (np.type !== 'name' || !/^(?:a|an|the)$/i.test(toks[at]?.text ?? '') || toks[at - 1]?.text !== ',') return false;
  for (let k = at + 1; k < toks.length && toks[k].start < np.end; k++) if (PLACE_PREPOSITIONS.has(toks[k].lower)) return true;
  return false;
}

/** `Trump in his announcement speech called`, `Perez in an interview with CNN said`, `Ann Lee in
 * a statement said`: a name followed by where, when or how it spoke is the speaker. */
function nameBeforeOccasion(toks: Tok[], np: SpeakerNP, text: string): SpeakerNP | null {
  let phrase: SpeakerNP | null = np;
  // Back over `with CNN`, `an interview`, `to the board`: objects of prepositions, a few at most.
  for (let hop = 0; phrase && hop < 4; hop++) {
    const first = firstStartingAt(toks, phrase.start);
    // `Trump in his announcement speech`: the capitalised words before the preposition (inside
    // the phrase, or right after it once the phrase is a name reached by stepping back).
    if (hop > 0 || phrase.type === 'description') {
      let b = first;
      while (b < toks.length && toks[b].start < phrase.end && (isCapitalized(toks[b]) || (toks[b].text === '.' && b > first))) b++;
      const next = toks[b];
      const occasion = next && (next.start < phrase.end || hop > 0) && OCCASION.has(next.lower);
      if (b > first && occasion) {
        const name = build(toks, first, b - 1, text);
        return name && name.type === 'name' ? name : null;
      }
      if (hop === 0) return null;
    }
    const prep = toks[first - 1]?.lower ?? '';
    if (!OCCASION.has(prep) && prep !== 'with' && prep !== 'to') return null;
    phrase = phraseEndingAt(toks, first - 2, text);
    if (phrase && phrase.type === 'pronoun') return null;
  }
  return null;
}
const OCCASION = new Set(['in', 'on', 'at', 'during']);

/** `Some consumers who sought help on launch day reported …`: a phrase opening with a lowercase
 * verb right after `who`/`that` is a relative clause; the speaker is the noun phrase before it. */
function restrictiveAntecedent(toks: Tok[], np: SpeakerNP | null, text: string): SpeakerNP | null {
  if (!np) return np;
  const first = firstStartingAt(toks, np.start);
  // `Democrats who now control the House say`, `Republicans who voted for the bill said`: the
  // object of the relative clause's verb is not who speaks; the relative's antecedent is.
  for (let w = first - 1; w > 0 && first - w <= 5 && toks[w].kind === 'word' && !toks[w].upper; w--) {
    if (toks[w].lower !== 'who') continue;
    const between = toks.slice(w + 1, first);
    if (!between.length || !between.every((t) => !NP_STOP.has(t.lower) || t.lower === 'for')) break;
    const antecedent = phraseEndingAt(toks, w - 1, text);
    // (`those who back her opponents say`: a pronoun-like antecedent keeps its relative clause.)
    if (antecedent && DETERMINERS.has(antecedent.text.toLowerCase())) return { start: antecedent.start, end: np.end, text: text.slice(antecedent.start, np.end), type: 'description', nameWords: [], anonymous: false, role: undefined };
    return antecedent ?? np;
  }
  const rel = toks[first - 1];
  if (!rel || (rel.lower !== 'who' && rel.lower !== 'that') || !/^\p{Ll}/u.test(toks[first].text) || DETERMINERS.has(toks[first].lower)) return np;
  // (`the information that investigators said they found`: after `that` a noun for people is the
  // relative clause's own subject.)
  if (rel.lower === 'that' && np.type === 'description' && !headCannotSpeak(np)) return np;
  return phraseEndingAt(toks, first - 2, text) ?? np;
}

const DOCUMENTS = new Set(['statement', 'tweet', 'email', 'e-mail', 'letter', 'post', 'release', 'memo', 'message', 'video', 'ad', 'advertisement', 'op-ed', 'column', 'filing', 'report', 'website', 'editorial', 'notice', 'brief', 'lawsuit', 'petition']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'also', 'just', 'then', 'later', 'quickly']);

/** `X released a statement saying`, `X issued a report this month charging`, `X is releasing an
 * ad that urges`, `X, publishing an op-ed in the Post hammering`, `His office put out a statement
 * saying`: a document stands for whoever put it out, when the sentence says who did. */
function documentAuthor(toks: Tok[], np: SpeakerNP, text: string): SpeakerNP | null {
  const words = np.text.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && NP_PREPOSITIONS.has(w));
  if (!DOCUMENTS.has(words[(cut > 0 ? cut : words.length) - 1])) return null;
  let v = firstStartingAt(toks, np.start) - 1;
  if (/^(?:out|up|off)$/.test(toks[v]?.lower ?? '')) v--; // `put out`, `sent out`
  const verb = toks[v];
  if (!verb || verb.kind !== 'word' || !/^\p{Ll}/u.test(verb.text) || NP_STOP.has(verb.lower) || NP_PREPOSITIONS.has(verb.lower) || DETERMINERS.has(verb.lower)) return null;
  // `X, publishing an op-ed …`: the participle's subject opens the clause.
  if (toks[v - 1]?.text === ',' && verb.lower.endsWith('ing')) {
    const subject = clauseSubject(toks.slice(0, v - 1), text);
    return subject && isSpeakerLike(subject, true) ? subject : null;
  }
  while (AUXILIARIES.has(toks[v - 1]?.lower ?? '')) v--;
  const agent = subjectBefore(toks, v, text);
  return agent && (agent.type !== 'description' || isSpeakerLike(agent, true)) ? agent : null;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'of']);
/** Prepositions after which a list of capitalised words says where people are. (`of` is left out:
 *  `the governor of Ohio` names one person by office.) */
const WHERE = new Set(['in', 'from', 'across']);
/** Prepositions after which a list (with `and`) names whose role a noun for people holds: `the
 *  governors of California and New York`, `a spokesman for Pelosi and Schumer`. */
const WHOSE_LIST = new Set(['of', 'for']);

/** The index of `in`/`from`/`across` that opens a list of capitalised places ending at token k
 *  (`in Utah and New Mexico`, `from Ohio, Iowa and Nevada`), after a noun for people (`officials`,
 *  `attorneys general`) or a name (`Trump in Iowa`), or of `of`/`for` that opens a list after a
 *  noun for people (`inList`: token k is in a list already); -1 when there is none. */
function placeListStart(toks: readonly Tok[], k: number, inList = false): number {
  let list = inList;
  for (; k >= 0 && (isCapitalized(toks[k]) || toks[k].text === ',' || toks[k].lower === 'and' || toks[k].text === '.'); k--) if (toks[k].lower === 'and') list = true;
  const head = toks[k - 1];
  if (k <= 0 || head.kind !== 'word') return -1;
  // (A capitalised head only where it opens the sentence: `Supporters of Trump and Cruz`, not
  // `the Bank of America and Wells Fargo`.)
  if (list && WHOSE_LIST.has(toks[k].lower)) return isPeopleHead(head) && (!isCapitalized(head) || k < 2 || /^[.!?“”"]$/.test(toks[k - 2].text)) ? k : -1;
  // (`a report Tuesday from WKOW`: a day is no name.)
  return WHERE.has(toks[k].lower) && (isCapitalized(head) ? !DOCUMENTS.has(head.lower) && !TIME_WORD.test(head.text) : isPeopleHead(head)) ? k : -1;
}

const WRITINGS = new Set(['document', 'record', 'study', 'survey', 'poll', 'book', 'article', 'transcript', 'cable', 'draft']);
/** A noun for people (`officials`, `teller`), capitalised or not (`Officials` opening a sentence);
 *  not a document, whose places are its publisher or author (`an editorial in The Des Moines
 *  Register`, `documents from Diane D. Blair`). */
const isPeopleHead = (t: Tok) => {
  const w = t.lower.replace(/s$/, '');
  return (SPEAKER_HEADS.has(t.lower) || SPEAKER_HEADS.has(w)) && !DOCUMENTS.has(w) && !DOCUMENTS.has(t.lower) && !WRITINGS.has(w);
};

/** Token k (`and`, or a comma before an `and` further on) joins places of a list that ends at j. */
function inPlaceList(toks: readonly Tok[], k: number, j: number): boolean {
  if (k < 1 || k >= j || !isCapitalized(toks[k + 1]) || !isCapitalized(toks[k - 1])) return false;
  if (toks[k].text === ',') {
    let and = false;
    for (let m = k + 1; m <= j; m++) and ||= toks[m].lower === 'and';
    if (!and) return false;
  }
  return placeListStart(toks, k - 1, true) >= 0;
}

/** The comma before token j within a few tokens, or -2 when there is none. */
function lastComma(toks: Tok[], j: number): number {
  for (let c = j - 1; c >= 0 && j - c < 8; c--) {
    if (toks[c].text === ',') return c;
    if (toks[c].kind !== 'word') return -2;
  }
  return -2;
}

/** Whether token h (before the comma at k) sits in a relative clause opened after the comma before it. */
function inRelativeClause(toks: Tok[], k: number, h: number): boolean {
  for (let j = h - 1; j >= 0 && k - j < 14; j--) {
    // `Mr. Slinker, whose latest start-up, Paradata, uses …`: a name set off inside a `whose` clause.
    if (toks[j].text === ',') return /^whose$/i.test(toks[lastComma(toks, j) + 1]?.text ?? '');
    if (isQuoteMark(toks[j])) return false;
    // (Only a clause with its verb right after the pronoun: `that runs the AMAs`, not `in which the
    // comedian Jon Stewart` nor `reported that House Speaker John Boehner`.)
    if (/^(?:that|which|who|whom)$/.test(toks[j].lower) && j < h - 1) return /^\p{Ll}/u.test(toks[j + 1].text) && !DETERMINERS.has(toks[j + 1].lower);
  }
  return false;
}

const ROLE_OF_SOMEONE = /^(?:the\s+)?\p{L}[\p{L}-]*\s+(?:of|for)\s/iu;
/** `X, the US ambassador, said` / `A top strategist, John Weaver, tells`: the name wins, the
 * other phrase becomes the role. */
function acrossAppositive(toks: Tok[], comma: number, text: string): SpeakerNP | null {
  let first: { head: SpeakerNP | null; inner: SpeakerNP | null; between: string } | null = null;
  // The comma that ends the piece opened by the comma at k.
  let next = comma;
  let coordinated: SpeakerNP | null = null;
  for (let k = comma - 1; k >= 0 && comma - k < 30; k--) {
    if (isQuoteMark(toks[k]) && !pluralPossessive(toks, k)) break;
    if (toks[k].text !== ',') continue;
    const pieceEnd = next;
    next = k;
    // `Sen. Claire McCaskill (D-Mo.), who …, said`: the party tag is no part of the phrase.
    let h = k - 1;
    if (toks[h]?.text === ')') {
      const o = asideOpener(toks, h, isOpenBracket, 8);
      if (o >= 0) h = o - 1;
    }
    const between = text.slice(toks[k].end, toks[comma].start).trim();
    // `…, a fellow at the institute in Munich, Germany, and co-author of the study, said`: a
    // coordinated appositive, and a place inside one (`in Munich`), are no head.
    if (/^and\s/i.test(between)) continue;
    // `The company that runs the AMAs, Dick Clark Productions, denies`: a phrase ending inside a
    // relative clause is that clause's object, not the head of the appositive.
    const head = inRelativeClause(toks, k, h) ? null : phraseEndingAt(toks, h, text);
    // (`the founder of Freedom to Marry, a gay rights group,`, `Speaking to the BBC, the
    // chancellor, …`: nor after `to`, unless a role is held for it: `An aide to the governor`.)
    const at = head ? firstStartingAt(toks, head.start) : -1;
    const before = toks[at - 1]?.lower ?? '';
    if (head && (NP_PREPOSITIONS.has(before) || (before === 'to' && !ROLE_FOR.has(toks[at - 2]?.lower ?? '') && /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(head.text)))) continue;
    // `now 81 and retired in Cambridge, Mass.,`: a name inside a clause of the appositive is no head.
    // (But `study lead author Lucas Paganini,`: a full name after the words of a role is one.)
    const opensPhrase = !!head && (/^\p{Lu}/u.test(head.text) || DETERMINERS.has(head.text.split(/\s/)[0].toLowerCase()) || roleThenFullName(head));
    // (`Sen. Kay Bailey Hutchison, R-Texas, who …, said`: a party tag is set after the name.)
    if (head && PARTY_TAG.test(head.text)) continue;
    // (`… of the National Committee to Preserve Social Security and Medicare, an advocacy group,`:
    // a name after `and` may end a longer phrase: a name before another comma further back is the
    // head, and this one only when none is: `Mr. Clyburn and Mr. Butterfield, the chairman …, said`.)
    const afterAnd = head !== null && head.type === 'name' && /^(?:and|or)$/.test(toks[firstStartingAt(toks, head.start) - 1]?.lower ?? '');
    // `researchers in Greenbelt, Maryland, have found`: a place and its region, no appositive name;
    // nor is `American University in Washington, D.C.,` inside an appositive (the region may be abbreviated).
    const placeAndRegion = regionBetween(toks, k, pieceEnd) && isCapitalized(toks[h]) && PLACE_PREPOSITIONS.has(toks[h - 1]?.lower ?? '');
    if (head && head.type !== 'description' && opensPhrase && !placeAndRegion) {
      // `Counsel for Byrne, Eoin Lawlor, said`, `The Archbishop of Canterbury, Justin Welby, said`:
      // a role held for or of someone, then a full name between the commas: the name speaks.
      const inner = ROLE_OF_SOMEONE.test(head.text) ? build(toks, k + 1, comma - 1, text) : null;
      if (inner?.type === 'name' && inner.nameWords.length >= 2 && inner.end === toks[comma - 1].end) return changedNP(inner, inner, head.text);
      const named = !head.role && /^(?:the|a|an)\s/i.test(between) ? changedNP(head, head, between) : head;
      if (!afterAnd) return named;
      coordinated ??= named;
      continue;
    }
    first ??= { head, inner: placeAndRegion ? null : build(toks, k + 1, comma - 1, text), between };
  }
  if (coordinated) return coordinated;
  if (!first) return null;
  const { head, inner, between } = first;
  // `However, he held his fire on Ben Carson, calling`: a clause between the commas, no appositive.
  const clause = PRONOUNS.has(between.split(/\s/)[0].toLowerCase());
  if (inner && inner.type === 'name' && !clause && !/^(?:who|which|whose)\b/i.test(between)) return head ? changedNP(inner, inner, head.text) : inner;
  return head;
}

/** `study lead author Lucas Paganini`: lower-case words of a role (no verb, no joint), then a full name. */
function roleThenFullName(np: SpeakerNP): boolean {
  if (np.type !== 'name' || np.nameWords.length < 2 || !np.text.endsWith(np.nameWords[np.nameWords.length - 1])) return false;
  const role = np.text.slice(0, np.text.length - np.nameWords.join(' ').length).trim().split(/\s+/);
  return role.every((w) => /^\p{Ll}+$/u.test(w) && !/(?:ed|ing)$/.test(w) && w !== 'and' && w !== 'or');
}

/** Between the commas at k and end, a region: one capitalised word, abbreviated or not
 *  (`Maryland`, `Va.`, `D.C.`; not `Dawn Zimmer`). */
function regionBetween(toks: Tok[], k: number, end: number): boolean {
  return toks[k + 1]?.kind === 'word' && toks[k + 1].upper && (end - k === 2 || (end - k === 3 && toks[end - 1].text === '.'));
}

/** The phrase right after the cue whose last token is i: `said Sen. Lindsey Graham, R-S.C.`.
 * `cutParticiple` (after `according to`): a participle after a noun ends
 * it (`industry sources cited by MacRumors`); after an inverted cue the phrase must end at a
 * punctuation mark, so it stays whole (`said one official briefed on the matter`). */
export function phraseAfter(toks: Tok[], i: number, text: string, cutParticiple = false): SpeakerNP | null {
  let k = i + 1;
  const first = k;
  if (k >= toks.length) return null;
  if (PRONOUNS.has(toks[k].lower)) return build(toks, k, k, text);
  // `said on Tuesday`, `said in a statement`: no speaker follows; nor after an adverb (`echoed well
  // outside the hearing room`).
  if (NP_PREPOSITIONS.has(toks[k].lower) || BETWEEN_SUBJECT_AND_CUE.has(toks[k].lower) || ADVERBS_AFTER_CUE.has(toks[k].lower)) return null;
  while (k < toks.length && k - first < MAX_NP) {
    const t = toks[k];
    if (t.kind === 'punct' && !isAbbrevDot(toks, k) && t.text !== '-') break;
    // (`two people familiar with the matter`: the anonymous-source formula stays whole.)
    // (`an aide to Hillary Clinton`: a role held for someone stays whole too.)
    if (t.kind === 'word' && NP_STOP.has(t.lower) && !(t.lower === 'with' && toks[k - 1]?.lower === 'familiar') && !(t.lower === 'to' && ROLE_FOR.has(toks[k - 1]?.lower ?? ''))) break;
    if (t.kind === 'word' && k > first && NP_PREPOSITIONS.has(t.lower) && !DETERMINERS.has(toks[k + 1]?.lower ?? '') && !isCapitalized(toks[k + 1] ?? t)) break;
    // (`comments Johnston in a statement,`: after a name, where it was said.)
    if (t.kind === 'word' && k > first && WHERE_SAID.has(t.lower) && DETERMINERS.has(toks[k + 1]?.lower ?? '') && allCapitalized(toks, first, k)) break;
    // `evidence presented at trial`: a participle after a noun opens a reduced relative clause
    // (`a widely cited study` keeps its adjective).
    // (Before `by` the phrase ends anyway: `says the letter signed by 35 doctors` is the letter.)
    if ((cutParticiple || toks[k + 1]?.lower === 'by') && k > first && isReducedRelative(toks, k)) break;
    k++;
  }
  return build(toks, first, k - 1, text);
}

const WHERE_SAID = new Set(['in', 'on', 'at', 'during', 'via']);
function allCapitalized(toks: Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (toks[j].kind === 'word' ? !toks[j].upper : !isAbbrevDot(toks, j)) return false;
  return true;
}

const ADVERBS_AFTER_CUE = new Set(['well', 'too', 'back', 'out', 'down', 'up', 'outside', 'inside', 'around', 'across', 'throughout', 'far', 'even', 'loud', 'aloud']);

const isReducedRelative = (toks: Tok[], k: number) => {
  const t = toks[k], prev = toks[k - 1];
  return t.kind === 'word' && /^\p{Ll}{3,}ed$/u.test(t.text) && prev.kind === 'word' && /^\p{Ll}+$/u.test(prev.text) && !DETERMINERS.has(prev.lower) && !/ly$/.test(prev.lower) && /^(?:by|at|in|on|to|for|from|with|during)$/.test(toks[k + 1]?.lower ?? '');
};

// Irregular past tenses too (`Cruz made a call, calling them …`), but none that is also a common noun (`the left`, `a tax cut`).
const VERBISH = /^(?:\p{Ll}+ed|is|was|are|were|has|have|had|will|would|can|could|says|said|does|did|thinks|believes|wants|calls)$/u;
/** Adverbs between a subject and its verb (`the pope again demonstrated`). */
const CLAUSE_ADVERBS = new Set(['again', 'also', 'still', 'already', 'often', 'never', 'once', 'repeatedly', 'reportedly']);
/** A verb ending the subject; a short capitalised `-ed` word is a name (`Ned`, `Ted`, `Fred`), a
 * longer one a headline's verb (`Refurbished`). */
const isVerbish = (t: Tok) => (VERBISH.test(t.lower) || IRREGULAR_PASTS.has(t.lower)) && (t.lower === t.text || !t.lower.endsWith('ed') || t.text.length >= 6);

/** `Washington (AFP) –`, `CHICAGO -`, `LIVINGSTON, N.J. —`: a dateline opening the paragraph (a place, in capitals or
 * with its agency in brackets, then a dash) is no part of the clause; where the clause starts after it. */
function datelineEnd(toks: Tok[], from: number): number {
  let k = from;
  while (k < toks.length && k - from < 4 && toks[k].kind === 'word' && isCapitalized(toks[k])) k++;
  if (k === from) return from;
  const capitals = toks.slice(from, k).every((t) => t.text === t.text.toUpperCase());
  let bracket = false;
  // `LIVINGSTON, N.J. —`, `DES MOINES, Iowa —`: the place's state after a comma.
  if (capitals && toks[k]?.text === ',') {
    let j = k + 1;
    while (j < toks.length && j - k <= 5 && (isCapitalized(toks[j]) || toks[j].text === '.')) j++;
    if (j > k + 1 && /^[—–-]$/.test(toks[j]?.text ?? '')) return j + 1;
  }
  if (toks[k]?.text === '(') {
    let close = k + 1;
    while (close < toks.length && close - k < 5 && toks[close].text !== ')') close++;
    if (toks[close]?.text !== ')') return from;
    k = close + 1;
    bracket = true;
  }
  return (capitals || bracket) && /^[—–-]$/.test(toks[k]?.text ?? '') ? k + 1 : from;
}

/** The noun phrase opening a clause (its likely subject), for quotes whose verb is not a cue:
 * `The agency declined to detail its “specific focus”`. */
export function clauseSubject(toks: Tok[], text: string, from = 0, skipped = 0): SpeakerNP | null {
  let k = datelineEnd(toks, from);
  while (k < toks.length && (toks[k].kind === 'punct' || /^(?:but|and|so|yet|still|then|now|meanwhile|however)$/.test(toks[k].lower))) k++;
  const first = k;
  if (k >= toks.length) return null;
  // An opening adverbial (`First,`, `In three interviews,`, `Speaking in Ohio,`) is not the subject.
  const skipOpening = () => {
    for (let j = first; j < toks.length && j - first < 20; j++) {
      // (Up to three phrases: `At an event in Ames, Iowa, on Sunday, Mrs. Clinton …`.)
      if (toks[j].text === ',') return (skipped === 0 ? from < 3 : skipped < 3) ? clauseSubject(toks, text, j + 1, skipped + 1) : null;
      if (isQuoteMark(toks[j])) return null;
    }
    return null;
  };
  if (PRONOUNS.has(toks[k].lower)) return build(toks, k, k, text);
  // `… that Trump would reconsider.`: `that` before a name or a pronoun opens a subordinate
  // clause, whose subject is not the sentence's.
  const after = toks[k + 1];
  if (toks[k].lower === 'that' && after && (PRONOUNS.has(after.lower) || isCapitalized(after))) return null;
  // `There’s still time for Cruz …`: an existential `there` is no one.
  if (/^(?:there|here)['’]s$/.test(toks[k].lower)) return null;
  if (!isCapitalized(toks[k]) && !DETERMINERS.has(toks[k].lower)) return skipOpening();
  // (`Several lawmakers have spoken out …`: a quantifier before a noun for people opens the subject.)
  const quantified = GROUP_QUANTIFIERS.has(toks[first].lower) && toks[first + 1]?.kind === 'word' && isSpeakerNoun(toks[first + 1].lower);
  if (/^(?:in|on|at|after|before|when|while|if|as|for|during|since|speaking|asked|first|then|later|earlier|meanwhile)$/i.test(toks[first].text) || (SENTENCE_OPENERS.has(toks[first].lower) && !quantified)) return skipOpening();
  // `Hours before the game,`, `Moments later,`: a time phrase opening the clause.
  // (So does one with a count: `Twenty-three minutes later,`, `Two days after the vote,`.)
  const timeAt = COUNT.test(toks[first].lower) && TIME_NOUNS.has(toks[first + 1]?.lower ?? '') ? first + 1 : first;
  if (isCapitalized(toks[first]) && TIME_NOUNS.has(toks[timeAt].lower) && /^(?:before|after|later|earlier|ago)$/.test(toks[timeAt + 1]?.lower ?? '')) return skipOpening();
  // `Continuing his attack, …`, `Reprising one of her lines, …`: a participle opening the clause
  // before its object (a name ending in -ing, `King said`, is followed by its verb).
  const next = toks[first + 1]?.lower ?? '';
  if (/^\p{Lu}\p{Ll}+ing$/u.test(toks[first].text) && (DETERMINERS.has(next) || PRONOUNS.has(next) || NP_PREPOSITIONS.has(next) || next === 'to')) return skipOpening();
  while (k < toks.length && k - first < 8) {
    const t = toks[k];
    if (t.kind === 'punct' && !isAbbrevDot(toks, k) && t.text !== '-') break;
    if (k > first && (NP_STOP.has(t.lower) || isVerbish(t) || NP_PREPOSITIONS.has(t.lower) || CLAUSE_ADVERBS.has(t.lower))) break;
    // `Former New York City Mayor Michael Bloomberg formally endorsed`: an adverb after a name is
    // the verb's.
    if (k > first && isLyAdverb(t) && isCapitalized(toks[k - 1])) break;
    // `Charles Barkley takes on …`, `Mrs. Clinton offers messages`: a lower-case verb after a name.
    // Only a word shaped like a verb: `Unnamed senior US officials`, `Local business owners` go on.
    if (k > first && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && isCapitalized(toks[k - 1]) && !DETERMINERS.has(toks[first].lower) &&
      t.lower.length >= 4 && /(?:[^s]s|ed)$/.test(t.lower) && !isSpeakerNoun(t.text)) break;
    // `South Dakota governor doubles down on …`: an -s form after a singular head noun for a
    // person is that person's verb.
    if (k > first && t.kind === 'word' && /^\p{Ll}{3,}[^su]s$/u.test(t.text) && TITLES.has(toks[k - 1].lower) && !isSpeakerNoun(t.lower)) break;
    // `the Daily News focuses on …`: after a determiner too, an -es form before a preposition or
    // `that` is the verb (`the Clinton emails` stays a noun phrase).
    if (k > first && t.kind === 'word' && isCapitalized(toks[k - 1]) && DETERMINERS.has(toks[first].lower) && /^\p{Ll}{2,}[^i]es$/u.test(t.text) &&
      /^(?:on|that|in|at|with|about|to|how)$/.test(toks[k + 1]?.lower ?? '') && !isSpeakerNoun(t.text)) break;
    k++;
  }
  // `Sanders himself, who …, has toned down`: the reflexive is no part of the name.
  const last = k - 1 > first && /^(?:himself|herself|themselves|itself)$/.test(toks[k - 1].lower) ? k - 2 : k - 1;
  if (toks[k]?.text === ',') {
    // `Mr. Sloan, 56, remained …`, `Michael Petrilli, president of X, tied …`: a name before a
    // comma is a subject with its appositive; anything else there is an opening adverbial.
    const named = build(toks, first, last, text);
    // `in Ames, Iowa, on Sunday`: a lone name after a name and a comma is a place's region.
    const region = skipped > 0 && first === last && toks[first - 1]?.text === ',' && isCapitalized(toks[first - 2] ?? toks[first]) && toks[first - 2]?.kind === 'word';
    if (named && named.type === 'name' && toks[first].kind === 'word' && !DETERMINERS.has(toks[first].lower) && !region) return named;
    // (Past an opening phrase, a noun phrase and a comma may open a list of subjects: `In the
    // meantime, the President, Democrat politicians and the media pushed …`.)
    return region || skipped === 0 ? skipOpening() : null;
  }
  return build(toks, first, last, text);
}

const POST_MODIFIER = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'to', 'close', 'familiar', 'who', 'which', 'that', 'whose']);

/** Person-like suffixes of nouns for people by trade or stance (`supporter`, `activist`, `historian`). */
const PERSON_SUFFIX = /(?:er|or|ist|ian|ant|ent|ee)$/;
// Common nouns with a person's ending that name no one (`The weather was mild. “…,” it said`).
const NOT_PEOPLE = new Set(
  'weather water matter order border corner center centre chapter cancer dinner finger flower hunger layer meter summer winter theater theatre tower trigger wonder danger disaster filter silver river character register error mirror color colour honor honour labor labour horror terror floor factor sector interior behavior behaviour favor flavor harbor event element content extent intent incident accident talent patent percent present current plant grant restaurant degree coffee'.split(' '),
);

/** A phrase's words, and where its head is: before any post-modifier (`a source close to the
 * talks`, `a spokesman for X`), else its last word. */
function phraseHead(np: SpeakerNP): { words: string[]; headAt: number } {
  const words = np.text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  let cut = words.findIndex((w, i) => i > 0 && POST_MODIFIER.has(w.toLowerCase()));
  // (`nine out of 10`: `out of` is one preposition; `a person briefed on the talks`: a participle
  // before it opens the modifier.)
  if (cut > 1 && ((words[cut - 1].toLowerCase() === 'out' && words[cut].toLowerCase() === 'of') || LINKING_WORDS.has(words[cut - 1]))) cut--;
  return { words, headAt: (cut > 0 ? cut : words.length) - 1 };
}

/** Whether a speaker phrase can be someone who speaks: a name, a personal pronoun, or a
 * description headed by a person, group, organisation or document (`the campaign`, `the report`);
 * never `It`, `The timeline`, `However` or `Amid responses`. */
export function isSpeakerLike(np: SpeakerNP, headOnly = false): boolean {
  // `it said` next to a cue may be a body; `It` opening a clause with no cue is no speaker.
  if (np.type === 'pronoun') return headOnly || !/^it$/i.test(np.text);
  if (np.type === 'name') return !np.nameWords.every((w) => SENTENCE_OPENERS.has(w.toLowerCase()));
  // (Split only here: most phrases asked about are names or pronouns.)
  const { words, headAt } = phraseHead(np);
  const first = words[0]?.toLowerCase() ?? '';
  // (`some protesters`, `many voters`: a quantifier before a noun opens a group that speaks.)
  if ((SENTENCE_OPENERS.has(first) && !(GROUP_QUANTIFIERS.has(first) && words.length > 1)) || /^(?:it|it’s|it's|there|there’s|there's|this|that|that’s|that's)$/.test(first)) return false;
  // A clause subject may run on into its verb (`the Daily News focuses`): any word may be the
  // head there; next to a cue the phrase ends at its head.
  // The head comes before any post-modifier: `a source close to the talks`, `a spokesman for X`.
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (POST_MODIFIER.has(last) || (words.length > 1 && DETERMINERS.has(last))) return false; // `secretary of`, `articles from`, `the city embodied the`
  // `calling the Islamic State`: a participle opens a verb phrase, not a noun phrase.
  if (/^\p{Ll}{3,}ing$/u.test(words[0] ?? '') && !isSpeakerNoun(words[0])) return false;
  return words.some((w, i) => {
    if (headOnly && i !== headAt && !/^\p{Lu}/u.test(w)) return false;
    if (i > 0 && /^\p{Lu}/u.test(w)) return true;
    return isSpeakerNoun(w);
  });
}

/** `Donald Trump’s latest victories`: a description whose lowercase head follows a possessive
 *  name (only lowercase words between) names something of that person's, and the head is not
 *  one who speaks (`Trump’s spokesman` is). */
export function possessedNonSpeaker(np: SpeakerNP): boolean {
  if (np.type !== 'description') return false;
  const { words, headAt } = phraseHead(np);
  if (!/^\p{Ll}/u.test(words[headAt] ?? '') || isSpeakerNoun(words[headAt])) return false;
  for (let i = headAt - 1; i >= 0; i--) {
    if (/(?:[’']s|s[’'])$/u.test(words[i])) return true;
    if (!/^\p{Ll}/u.test(words[i])) return false;
  }
  return false;
}

const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A description whose head is a lowercase noun that names no one who speaks (`the data … suggests`,
 * `the weekend denied`, `extended remarks`). Quantifiers (`two said`, `all urged`), numbers, names
 * and reflexives (`Steele himself declared`) may speak. */
export function headCannotSpeak(np: SpeakerNP): boolean {
  if (np.type !== 'description') return false;
  const { words, headAt } = phraseHead(np);
  const head = words[headAt];
  // `Correction added Nov. 18:`, `Additional reporting by`: a label or opener standing alone.
  // (`Some said`, `Many speculated`: a quantifier standing for people may speak.)
  if (words.length === 1 && SENTENCE_OPENERS.has(words[0].toLowerCase()) && !GROUP_QUANTIFIERS.has(words[0].toLowerCase()) && !/^(?:several|every|each|either|neither)$/i.test(words[0])) return true;
  // (`The unprecedented resolution and scale allowed …, revealing`: an article cut from its noun.)
  if (words.length === 1 && /^(?:the|a|an)$/i.test(words[0])) return true;
  // `Harry Reid broke`, `The White House nevertheless`: a name the phrase ran on past.
  if (!head || /[\p{Lu}\p{N}]/u.test(head) || words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return false;
  const lower = head.toLowerCase();
  if (ARTICLES_AND_POSSESSIVES.has(lower)) return true;
  if (DETERMINERS.has(lower) || PRONOUNS.has(lower) || /sel(?:f|ves)$/.test(lower)) return false;
  // (`Nearly half said`, `a third say`, `a majority said`: a share of people polled.)
  if (SHARE_OF_PEOPLE.test(lower)) return false;
  return !isSpeakerNoun(head);
}

const isAsideDash = (t: Tok) => t.text === '—' || t.text === '–';
const isHyphen = (t: Tok) => t.text === '-';
/** Token k is a hyphen with a space on each side. */
const spacedHyphen = (toks: Tok[], k: number) => isHyphen(toks[k]) && toks[k - 1]?.end < toks[k].start && toks[k].end < (toks[k + 1]?.start ?? Infinity);
const isOpenBracket = (t: Tok) => t.text === '(';
/** The token opening the aside that the token at `close` ends (`(` for `)`, a dash for a dash),
 * at most `limit` tokens back, else -1. */
function asideOpener(toks: Tok[], close: number, opens: (t: Tok) => boolean, limit: number): number {
  for (let k = close - 1; k >= 0 && close - k <= limit; k--) if (opens(toks[k])) return k;
  return -1;
}
const SHARE_OF_PEOPLE = /^(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority|plurality|two-thirds|three-quarters|three-fourths)$/;
const ADJECTIVE_TITLES = new Set(['democratic', 'former', 'acting', 'vice', 'deputy', 'foreign', 'prime', 'interior']);

/** A noun for someone who can speak: a role, a trade, a group or a body (`consultant`, `aides`). */
export function isSpeakerNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s?$/u, '');
  // (`spokesmen`, `women`: a plural in -men is a singular in -man.)
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  // `Democratic`, `former`: adjectives among the titles head no phrase.
  if (ADJECTIVE_TITLES.has(lower)) return false;
  if ([lower, singular].some((x) => SPEAKER_HEADS.has(x) || TITLES.has(x) || ANONYMOUS_HEADS.has(x))) return true;
  return PERSON_SUFFIX.test(singular) && !singular.endsWith('ment') && singular.length > 4 && !NOT_PEOPLE.has(singular) && !COMPARATIVES.has(singular);
}
// Comparatives with a person's ending (`people age 12 and older reported`): no one's head.
const COMPARATIVES = new Set('older younger newer higher lower bigger larger greater smaller fewer richer poorer wider longer shorter stronger weaker harder tougher cheaper safer'.split(' '));
