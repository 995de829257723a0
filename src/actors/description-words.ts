// The words a description of a person is made of, for the actor stage's descriptions
// (person-descriptions.ts) and the definite descriptions that point back at them
// (description-references.ts): nouns for one person (the head), the modifiers a reader can check
// before it, and the words that only name an office.
import { DEMONYMS, TITLES } from '../quotes/words.js';
import { PERSON_NOUNS } from '../quotes/narration-pronouns.js';
import { CALENDAR_NOUNS, MONTHS, WEEKDAYS } from '../calendar-words.js';
import { isWhiteSpace, isWordUnit, wordAt } from '../word-runs.js';

/** Honorifics say nothing of who the person is. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'messrs']);
/** Words of the quote stage's title list that only qualify the title after them (`Vice President`,
 * `Foreign Minister`, `former`, `Senate`, `the chief alternative`): modifiers, never a head. */
const TITLE_MODIFIERS = new Set(['vice', 'prime', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'senate', 'house', 'state', 'democratic', 'former', 'acting', 'staff', 'chief']);
/** Party members and the like, which stand as a head before a name (`Republican Marco Rubio`). */
export const PARTY_HEADS = new Set(['republican', 'democrat', 'independent', 'libertarian', 'conservative', 'liberal', 'progressive']);
/** More nouns for one person than the quote stage's list, for heads before a name. */
const MORE_PERSON_NOUNS = new Set(
  'mogul tycoon developer executive founder entrepreneur investor banker financier celebrity comedian rapper musician author writer novelist historian economist professor scholar researcher scientist doctor physician surgeon nurse teacher student pastor preacher rabbi imam priest evangelist organizer organiser contender challenger rival opponent critic ally supporter donor fundraiser operative consultant lobbyist attorney lawyer prosecutor counsel official officer deputy chief head boss owner manager coach player athlete director producer filmmaker photographer comic nominee hopeful heir operator insider outsider newcomer hardliner firebrand maverick crusader gadfly'.split(' '),
);
/** Lower-case modifiers of a person noun that are neither adjectives by their ending nor hyphenated. */
const NOUN_MODIFIERS = new Set(
  'former ex top senior junior longtime then current outgoing incoming acting retired disgraced embattled indicted convicted jailed ousted fired exiled alleged accused so-called self-described self-proclaimed press communications budget transition majority minority billionaire millionaire veteran radical moderate young old late rich wealthy powerful prominent popular unpopular presidential campaign party house senate state city county estate real radio tv television talk news cable reality media business tech oil hedge fund film movie civil rights gun tea labor labour union white black security intelligence defense defence foreign policy health education energy finance trade climate immigration border justice police army navy air force nuclear chief vice assistant special general supreme interim opposition rebel militia religious evangelical christian muslim jewish catholic first fellow hard-line hardline far-right far-left founding leading ruling reigning presumptive likely possible potential would-be'.split(' '),
);
/** Lower-case adjectives by their ending (`presidential`, `conservative`, `notorious`). */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ful|ish|less|ian|ean|ese|ical)$/;
/** Words that end a description when met walking back from its head or on after it. */
export const STOP = new Set(
  'the a an this that these those his her their its our my your of to in on at for with by from and or but as than who whom whose which when while if after before since said says say told tells is are was were be been being has have had will would could should can may might must did does do not also then there here it he she they we i you him them us'.split(' '),
);
const CAPITAL_STOP = new Set([
  ...'The A An In On At Of And But Or Nor When While Though Although As If After Before Since He She It This That These Those His Her Their They We Its Our My Your Yesterday Today Tomorrow Now Then So Yet Still Meanwhile However Also Even Just Only'.split(' '),
  ...'With For From To By Under Over About Against Among Between Without Like Unlike During Including Despite Through Across Amid Behind Beyond Near Toward Towards Upon Via Both Either Neither Every Each All Some Many Most Few More Several Such No Not'.split(' '), ...WEEKDAYS.split('|'), ...MONTHS.split('|')]);
/** Abbreviated titles, for matching a later description against an earlier one (`Sen.` and `the senator`). */
const FULL_TITLE = new Map(Object.entries({ sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', sec: 'secretary', lt: 'lieutenant', col: 'colonel', adm: 'admiral', sgt: 'sergeant', capt: 'captain', rev: 'reverend', supt: 'superintendent' }));
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|\S/gu;
export const IS_WORD = /^[\p{L}\p{N}]/u;
export const UPPER_FIRST = /^\p{Lu}/u;
export const POSSESSIVE = /\p{L}['’]s$/u;
const FOUR_DIGITS_OR_ORDINAL = /^(?:\d{4}|\d+(?:st|nd|rd|th))$/;

/** Words whose full stop is their own (`Sen.`, `U.S.`, `Jr.`); after any other word it ends a sentence. */
const ABBREVIATION = /^(?:(?:\p{L}\.)+|(?:sen|rep|gov|gen|pres|sec|lt|col|adm|sgt|capt|rev|supt|mr|mrs|ms|mx|dr|jr|sr|st|prof|messrs|inc|co|corp|ltd|no)\.)$/iu;
export const endsSentence = (w: string) => w.endsWith('.') && !ABBREVIATION.test(w);

/** A word lower-cased, less a final full stop and then a possessive `'s`, an abbreviated title
 *  written out (`Sen.` → `senator`). (Read per word of every description tried: no regex.) */
export const norm = (w: string) => {
  let bare = w.toLowerCase();
  if (bare.charCodeAt(bare.length - 1) === 46) bare = bare.slice(0, -1);
  const apostrophe = bare.charCodeAt(bare.length - 2);
  if (bare.length > 2 && bare.charCodeAt(bare.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019)) bare = bare.slice(0, -2);
  return FULL_TITLE.get(bare) ?? bare;
};

/** A noun for one person: the head a description ends in. */
export function isPersonHead(word: string): boolean {
  // (`ex-Republican` is a head as `Republican` is; matched against earlier descriptions as written.)
  const normed = norm(word);
  const n = normed.startsWith('ex-') ? normed.slice(3) : normed;
  if (HONORIFICS.has(n) || TITLE_MODIFIERS.has(n) || STOP.has(n)) return false;
  if (PERSON_NOUNS.has(n) || MORE_PERSON_NOUNS.has(n) || TITLES.has(n) || PARTY_HEADS.has(n) || DEMONYMS.has(n)) return true;
  return !UPPER_FIRST.test(word) && n.length >= 7 && /(?:man|woman|ist|surgeon|ologist|ician)$/.test(n);
}

/** A capitalised participle opening a sentence (`Saying President Obama …`, `Following …`). */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing$/u;

/** A word that may stand before a head in a description. */
export function isModifier(word: string): boolean {
  if (UPPER_FIRST.test(word)) return !CAPITAL_STOP.has(word) && !CALENDAR_NOUNS.has(word.toLowerCase()) && !(OPENING_PARTICIPLE.test(word) && !NOUN_MODIFIERS.has(word.toLowerCase()));
  const n = word.toLowerCase();
  if (STOP.has(n)) return false;
  return NOUN_MODIFIERS.has(n) || n.includes('-') || FOUR_DIGITS_OR_ORDINAL.test(n) || (n.length >= 5 && ADJECTIVE_ENDING.test(n)) || isPersonHead(word);
}

/** A lower-case adjective or participle, the only words between `the` and an honorific that
 *  describe the person (`the conservative Mr. Lieberman`, `the outspoken Ms. Kellner`): a noun
 *  there heads a clause about them (`the amount Mr. Trump has demanded`, `the firestorm over Mr.
 *  Trump’s …`), and a full stop ends a sentence (`to the wall. Mr. Trump will …`). */
export function isAdjective(word: string): boolean {
  if (UPPER_FIRST.test(word) || endsSentence(word)) return false;
  const n = word.toLowerCase();
  if (STOP.has(n) || isPersonHead(word)) return false;
  return NOUN_MODIFIERS.has(n) || n.includes('-') || (n.length >= 5 && (ADJECTIVE_ENDING.test(n) || /(?:ed|en)$/.test(n)));
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** The tokens WORD finds in text.slice(from, to), read off the char codes (no slice, no regex:
 *  every description tried tokenizes a window of up to 200 characters). */
export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let t = nextToken(text, from, to); t; t = nextToken(text, t.end, to)) out.push(t);
  return out;
}

/** The tokens of text.slice(from, to), as `tokens` finds them, read only as far as asked for:
 *  most definite descriptions tried end within a few words of an 80-character window. */
export class TokenReader {
  private readonly read: Token[] = [];
  private at: number;

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.at = from;
  }

  /** The k-th token, or undefined when the window has fewer. */
  get(k: number): Token | undefined {
    while (this.read.length <= k) {
      const t = nextToken(this.text, this.at, this.to);
      if (!t) break;
      this.read.push(t);
      this.at = t.end;
    }
    return this.read[k];
  }
}

/** The first token at or after i in a window ending at `to`, or null. */
function nextToken(text: string, i: number, to: number): Token | null {
  while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i >= to) return null;
  const start = i;
  let n = wordUnitsAt(text, i, to);
  if (n > 0) {
    // (A word goes on over letters, digits and WORD_MARKS.)
    for (i += n; i < to; i += n) {
      n = wordUnitsAt(text, i, to);
      if (n === 0 && WORD_MARKS.has(text.charCodeAt(i))) n = 1;
      if (n === 0) break;
    }
  } else i += pairAt(text, i, to) ? 2 : 1;
  return { start, end: i, text: text.slice(start, i) };
}

/** The marks WORD takes inside a word: `.`, `’`, `'`, `&`, `-`. */
const WORD_MARKS = new Set([46, 0x2019, 39, 38, 45]);
/** Whether a surrogate pair (one code point) starts at i and ends before `to`. */
const pairAt = (text: string, i: number, to: number) => i + 1 < to && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Code units of the letter or digit at i, in a window ending at `to` (2 for an astral one), or 0. */
function wordUnitsAt(text: string, i: number, to: number): number {
  if (pairAt(text, i, to)) return wordAt(text, i) ? 2 : 0;
  return isWordUnit(text.charCodeAt(i)) ? 1 : 0;
}

/** What `/(\)|[\p{L}\p{N}][\p{L}\p{N}.’'&-]*)[ \t\u00a0]+$/u` captures on text.slice(from, at):
 *  the last word (or a closing bracket) before the spaces that end the window, or null. */
export function lastWordBefore(text: string, from: number, at: number): string | null {
  let end = at;
  while (end > from && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  if (end === at || end === from) return null;
  if (text.charCodeAt(end - 1) === 41) return ')';
  // The word starts at the first letter or digit of the run of word characters before the spaces.
  let start = -1;
  for (let j = end; j > from; ) {
    const c = text.charCodeAt(j - 1);
    const n = j - 2 >= from && pairAt(text, j - 2, j) ? 2 : 1;
    if (wordUnitsAt(text, j - n, j) > 0) start = j -= n;
    else if (n === 1 && WORD_MARKS.has(c)) j--;
    else break;
  }
  return start < 0 ? null : text.slice(start, end);
}

const isSpaceOrTab = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** Only spaces (no line break, no punctuation) between two tokens. */
export const joined = (text: string, a: Token, b: Token) => /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));


/** Offices named bare (`the president`, `the senator`) point back at a person without describing
 * them further: a mention, not a label (as the actor stage's bare titles). */
export const OFFICES = new Set('president senator representative congressman congresswoman governor mayor secretary minister premier chancellor speaker judge justice general admiral ambassador envoy chairman chairwoman king queen prince princess pope sheriff director'.split(' '));

/** Lower-case words of a description that only give an office or a role (`former New York
 * mayor`, `GOP nominee`, `Senate Majority Leader`), as against one that characterises the person
 * (`billionaire`, `disgraced former congressman`). */
const OFFICE_WORDS = new Set([
  ...OFFICES,
  ...'host anchor correspondent reporter editor columnist commentator analyst lawyer professor director executive founder ceo manager coach longtime'.split(' '),
  ...'former ex acting vice deputy assistant associate chief senior junior top interim then current outgoing incoming press national security general foreign defense defence interior state majority minority whip leader secretary spokesman spokeswoman spokesperson adviser advisor aide counsel attorney nominee candidate presidential vice-presidential gubernatorial congressional house senate party chair member prime council committee commissioner representative rep sen gov gen lt col adm of the for to and in at on'.split(' '),
]);

/** Modifiers that say what the writer makes of a person, capitalised or not (`Billionaire`). */
const CHARACTERISING = new Set('billionaire millionaire disgraced embattled indicted convicted jailed ousted fired exiled alleged accused so-called self-described self-proclaimed radical moderate veteran powerful prominent popular unpopular controversial rich wealthy hard-line hardline far-right far-left extremist notorious'.split(' '));

/** Whether a description only names an office or a role: each word is an office's word or a
 *  capitalised name's (a place, a body, a party), none characterises the person. */
export function isOfficeOnly(description: string): boolean {
  for (const w of description.match(WORD) ?? []) {
    if (!IS_WORD.test(w)) continue;
    const n = norm(w);
    if (OFFICE_WORDS.has(n)) continue;
    if (UPPER_FIRST.test(w) && !CHARACTERISING.has(n) && !MORE_PERSON_NOUNS.has(n) && !PERSON_NOUNS.has(n)) continue;
    return false;
  }
  return true;
}
