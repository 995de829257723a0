// People the registry does not know, found by the way news introduces them: a title before the
// name (`Deputy Secretary of State William Burns`, `Spokesman Sean McCormack`), an appositive
// after it (`John Smith, the British envoy`), or a speech verb right after a full name.
import { IS_LETTER, IS_UPPER, LETTER, UPPER } from '../letters.js';
import { affiliationIn } from './affiliation.js';
import { indexWords, type WordIndex } from '../word-runs.js';
import { WordFilter } from '../word-filter.js';
import { NOT_A_PERSON_LAST } from '../quotes/people.js';
import { CALENDAR_NOUNS } from '../calendar-words.js';

export interface TitledPerson {
  start: number;
  end: number;
  name: string;
  role: string | null;
  affiliation: string | null;
  /** Found by a title before the name, an appositive after it, a speech verb after it, or a first name. */
  via: 'title' | 'appositive' | 'speech' | 'first-name';
}

// Capitalised word or initial; words in capitals only are rejected afterwards (cheaper than here).
const NAME_TOKEN = `(?:(?:[${UPPER}]\\.)+|[${UPPER}][${LETTER}'’\\-]+)`;
// (Two-word particles are one: `Ana María de la Cruz`, `Ursula von der Leyen`.)
const PARTICLE = '(?:(?:de la|de los|van der|van den|von der|al|el|bin|ibn|de|del|van|von|da|di|la)[- ])';
// An Arabic name is whole with its patronyms and family name (`Tamim bin Hamad Al Thani`, not
// `Tamim bin Hamad Al` and a person `Al Thani`).
const ARABIC_TAIL = `(?:\\s(?:bin|ibn)\\s${NAME_TOKEN}){1,2}(?:\\s(?:Al|al|El|el)[- ]${NAME_TOKEN})?`;
/** A name of a first token and `min` to `max` more (a fourth word only after two given names: see
 *  cleanName), or an Arabic name. */
const nameOf = (min: number, max: number) => `${NAME_TOKEN}(?:${ARABIC_TAIL}|(?:\\s${PARTICLE}?${NAME_TOKEN}){${min},${max}})`;
// (After a title only: before a verb or an appositive a fourth word is mostly a title's, `House
// Speaker Paul Ryan said`.)
const NAME = nameOf(0, 3);
const MODIFIER = '(?:Deputy|Vice|Assistant|Under|Acting|Former|former|Foreign|Defense|Defence|Interior|Finance|Senior|Chief|Top|Supreme|Interim)';
const ROLE =
  '(?:President|Prime Minister|Minister|Secretary of State|Secretary of Defense|Secretary-General|Secretary General|Secretary|Spokesman|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson|Ambassador|ambassador|Envoy|envoy|Senator|Sen\\.|Rep\\.|Representative|Congressman|Congresswoman|Governor|Gov\\.|Mayor|General|Gen\\.|Colonel|Col\\.|Admiral|Commander|commander|Ayatollah|Sheikh|King|Prince|Queen|Chancellor|Director|Chairman|Chairwoman|Judge|Justice|Speaker|Attorney General|Lawmaker|lawmaker|MP|analyst|official|Mr\\.|Mrs\\.|Ms\\.|Dr\\.)';
const TITLE = `(?:${MODIFIER}\\s+)*${ROLE}`;
const US_TITLES = /^(?:Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman)$/;
const HONORIFIC = /^(?:Mr\.|Mrs\.|Ms\.|Dr\.)$/;
const MONTH_SURNAMES = new Set(['May', 'June', 'April']);

// Capitalised words that follow titles but are not names.
const NOT_NAME = new Set(
  'The A An On In At Of And But When While Though Although As If After Before Since He She It This That His Her Their They We Our My Your Its Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);
// Capitalised role nouns a speech verb's subject may start with (`Adviser Susan Rice warned`).
const ROLE_NOUN = new Set(
  'Adviser Advisor Aide Counselor Strategist Judge Justice Lawyer Attorney Sheriff Officer Agent Detective Pastor Reverend Coach Host Anchor Correspondent Reporter Editor Producer Writer Author Admiral Columnist Economist Pollster Professor Senator Sen Rep Representative Secretary Speaker Leader Whip Spokesman Spokeswoman Spokesperson President Chairman Chairwoman Governor Gov Mayor Minister Ambassador Director Chief Congressman Congresswoman Commissioner Administrator State Pro Tem Jr Sr'.split(' '),
);
// Title words that are nobody's surname: after a name they open the next one (`Reince Priebus Rep.
// Cathy McMorris Rodgers` run together) or are a body's (`the Frances Miller Chair in …`).
const NEVER_SURNAME = /^(?:Chair|Chairman|Chairwoman|Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Miss|Senator|Governor|President|Secretary|Minister|Spokesman|Spokeswoman|Spokesperson|Representative|Congressman|Congresswoman|Ambassador|Director|Mayor|Former|Acting|Deputy|Vice)\.?$/;
/** `another New Hampshire Republican added`: a party member described by a place, nobody's name. */
const PARTY_LAST = /\s(?:Republican|Democrat|Democratic|Independent|Libertarian)$/;

/** A name less the title words that cannot end one (`Marco Rubio Miss`, `Reince Priebus Rep`);
 * empty for a party member described by a place. */
export function withoutTrailingTitles(name: string): string {
  if (PARTY_LAST.test(name)) return '';
  let end = name.length;
  for (let at = name.lastIndexOf(' '); at > 0 && NEVER_SURNAME.test(name.slice(at + 1, end)); at = name.lastIndexOf(' ', at - 1)) end = at;
  return name.slice(0, end);
}
const TITLE_CASE_PREPOSITION = /^(?:Against|For|With|Without|From|Into|Onto|Over|Under|Upon|About|Through|Between|Toward|Towards|Behind|Beyond|Within|Across)$/;
// Last words that make a capitalised phrase an organisation, not a person.
const ORG_WORD = /(?:Watch|Council|Ministry|Agency|Party|Committee|Department|Organization|Organisation|News|Times|Post|Journal|Court|University|Institute|Union|Bank|Group|Force|Forces|Army|Guard|Guards|Corps|Office|Network|Foundation|Center|Centre|Association|Company|Inc\.|Corp\.|House|Assembly|Parliament|Government|Republic|Nations|States|Service|Services|Media|Television|Radio|Press|Productions|Records|Entertainment|Studios|Pictures|Holdings|Partners|Technologies|Airlines|Motors|Pharmaceuticals|Laboratories|Commission|Bureau|Coalition|Alliance|Caucus|League|Federation|Society|Administration|Authority|Board|Survey|Institution|Conference|Initiative|Project|Fund|Tribune|Herald|Gazette|Magazine|Review|Examiner|Chronicle|Inquirer|Sentinel|Beacon|Economics|Polls|Budget|Electric|Matter)$/;

export const TITLED = new RegExp(`(?<![${LETTER}0-9])(?<title>${TITLE})\\s+(?<name>${NAME})(?![${LETTER}0-9])`, 'y');
// A title opens with one of these words, whole: the first word of a modifier or a role.
const TITLE_FIRST_WORDS = new Set(`${MODIFIER}|${ROLE}`.replace(/[()?:\\]/g, '').split('|').map((w) => /^[A-Za-z]+/.exec(w)![0]));
const TITLE_SHAPES = new Set([...TITLE_FIRST_WORDS].map((w) => w.charCodeAt(0) * 64 + w.length));
const TITLE_FILTER = new WordFilter(TITLE_FIRST_WORDS);
const isWordUnit = (c: number) => IS_LETTER[c] === 1 || (c >= 48 && c <= 57);

/** What `text.matchAll` of TITLED (global) yields: the regex is tried only at the start of a
 *  word that is a title's first word (no letter or digit follows one in a title), and after a
 *  match from its end on, as a global regex goes on. The words are the article's word index;
 *  where it holds letters outside LETTER, a title may start inside one of its words (`中President`),
 *  and the text is read for runs of LETTER instead. */
export function titledMatches(text: string, words: WordIndex = indexWords(text)): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  const tryAt = (start: number, end: number) => {
    if (start < next || !TITLE_SHAPES.has(text.charCodeAt(start) * 64 + Math.min(end - start, 63)) || !TITLE_FIRST_WORDS.has(text.slice(start, end))) return;
    TITLED.lastIndex = start;
    const m = TITLED.exec(text);
    if (m) {
      out.push(m);
      next = m.index + m[0].length;
    }
  };
  if (!words.otherLetters) {
    const { count, starts, ends, hashes } = words;
    for (let r = 0; r < count; r++) if (TITLE_FILTER.mayHave(hashes[r])) tryAt(starts[r], ends[r]);
    return out;
  }
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordUnit(text.charCodeAt(i))) i++;
    // The first word ends where the run of letters does (digits never follow it in a title).
    let w = start;
    while (w < i && IS_LETTER[text.charCodeAt(w)] === 1) w++;
    tryAt(start, w);
  }
  return out;
}

export const APPOSITIVE = new RegExp(`(?<![${LETTER}0-9])(?<name>${nameOf(1, 2)}),\\s+(?:the|a|an|who is)\\s+(?<role>[^,.;:()“”"]{0,60}?(?:${ROLE}|minister|secretary|president|leader|adviser|advisor|director|chairman|professor|cleric|journalist|editor|researcher|activist|diplomat)s?)(?![${LETTER}]|['’]s)`, 'y');
export const SPEAKING = new RegExp(`(?<![${LETTER}0-9.])(?<name>${nameOf(1, 2)})\\s+(?:said|says|told|added|asserted|stated|noted|insisted|claimed|warned|argued|explained)(?![${LETTER}])`, 'y');

/** Where a capital of UPPER follows no letter or digit: the only places APPOSITIVE and SPEAKING
 *  can match (both open with that look-behind and a name token's capital). When every letter and
 *  digit of the text is one of LETTER's (or 0-9), those are starts of the word index's runs (but
 *  for U+03A2, inside UPPER's range and no letter). */
export function capitalStarts(text: string, words?: WordIndex): number[] {
  const out: number[] = [];
  if (words && !words.otherLetters && !text.includes('\u03A2')) {
    for (let r = 0; r < words.count; r++) {
      const i = words.starts[r];
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (IS_UPPER[text.charCodeAt(i)] === 1 && IS_LETTER[prev] !== 1) out.push(i);
    }
    return out;
  }
  for (let i = 0, prev = 32; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (IS_UPPER[c] === 1 && IS_LETTER[prev] !== 1 && !(prev >= 48 && prev <= 57)) out.push(i);
    prev = c;
  }
  return out;
}

/** What `text.matchAll` of the sticky `re` made global yields: re tried only at `starts`, and after
 *  a match from its end on, as a global regex goes on (no scan of every position of the text). */
export function matchesAt(text: string, re: RegExp, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) {
      out.push(m);
      next = at + m[0].length;
    }
  }
  return out;
}

// Military ranks written before a name, which a title may run into (`Pentagon spokesman Navy
// Capt. Jeff Davis`, `NSA Director Adm. Michael Rogers`): a name ends before one.
const RANK = new Set(['Adm', 'Capt', 'Cmdr', 'Lt', 'Maj', 'Sgt', 'Cpl', 'Pvt', 'Brig']);

// Pages flattened to text may lose the space between list items or buttons: `Sen. Bill
// CassidySen. Susan Collins`, `Julia CravenFlagShareLikeReply…`, `Richard BurrJeb Bush`. Inside a
// word, a capital after three or more lower-case letters starts another word when it opens a title
// (`Sen`, `Former`), a run of capitals or an initial (`RNC`, the `A` of `A.J.`), another such join
// in the same word, or (in a name's second word or later) a first name with a surname after it
// (`Bradley ByrneAl Cardenas`, not `KellyAnne Conway`). Names written with an inner capital keep it:
// the part before is short (`DuVernay`, `McMorris`, `LoBiondo`) or the part after is none of those
// (`VandeHei`).
const GLUE_TITLES = new Set([...TITLE_FIRST_WORDS, ...ROLE_NOUN, 'Former', ...RANK]);
const isLower = (c: number) => IS_LETTER[c] === 1 && IS_UPPER[c] !== 1;

/** Where the name in `text` from `start` to `end` ends when a word in it is two glued together
 *  (`end` when none is). */
export function gluedNameEnd(text: string, start: number, end: number, firstNames?: ReadonlyMap<string, unknown>): number {
  let joins = 0, first = -1, secondWord = false;
  for (let i = start + 1, lowerRun = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLower(c)) {
      lowerRun++;
      continue;
    }
    if (IS_UPPER[c] === 1 && lowerRun >= 3) {
      let j = i + 1;
      while (j < text.length && isLower(text.charCodeAt(j))) j++;
      const tail = text.slice(i, j);
      if (first < 0 && (j === i + 1 || GLUE_TITLES.has(tail) || (secondWord && firstNames?.has(tail.toLowerCase()) && /^[^\S\n]+\p{Lu}/u.test(text.slice(j, j + 3))))) return i;
      joins++;
      if (first < 0) first = i;
      if (joins >= 2) return first;
    }
    if (IS_LETTER[c] !== 1) {
      joins = 0;
      first = -1;
      secondWord ||= c === 32 || c === 9 || c === 0xa0;
    }
    lowerRun = 0;
  }
  return end;
}

// Last words of places, buildings, laws and prizes named after people (`Massachusetts General
// Hospital` read after the title `General`).
const NAMED_AFTER = /(?:^|\s)(?:Bridge|Church|Cathedral|Chapel|Mosque|Synagogue|Temple|Street|Avenue|Road|Square|Park|Hall|Airport|Station|Gardens?|Memorial|Museum|Library|Hospital|School|College|University|Stadium|Center|Centre|Building|Tower|Hotel|Award|Prize|Act|Bill|Amendment|Doctrine|Rule|Foundation|Institute|Fund|Trust|Show|Band|Police|Alliance|Coalition|Council|Reports)$/;

/** True for a name whose last word makes it a place, a building, a law or a prize. */
export function namedAfter(name: string): boolean {
  return NAMED_AFTER.test(name);
}

// Head words of places and bodies that are surnames too (`Monty Hall`, `Angus King`): after a
// title or a first name they end a person's name.
const SURNAMES_TOO = new Set(['hall', 'park', 'lake', 'church', 'temple', 'tower', 'house', 'street', 'lodge', 'hills', 'arena', 'post', 'press', 'bank', 'beach', 'bridge', 'river', 'rivers', 'valley', 'mountain', 'college', 'bay', 'island', 'brands', 'law']);

const PATRONYM = /\s(?:bin|ibn)\s/;
/** A word lower-cased without its accents, as the names lexicon writes first names (`Andrés`). */
export const plainLower = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** True for a name ending in a body's head word that is a surname too (`Ifrah Law`, `Monty Hall`). */
function surnameTooHead(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return SURNAMES_TOO.has(last) && NOT_A_PERSON_LAST.has(last);
}

/** True for capitalised names of organisations (`Human Rights Watch`) or acronyms (`NAACP`). */
export function looksLikeOrganisation(name: string): boolean {
  return ORG_WORD.test(name) || /^[\p{Lu}\d&.\-]+$/u.test(name.replace(/\s+/g, ''));
}

/** True for a name no person bears: an organisation's, or one ending in the head word of a place,
 * a body or a group (`Brent North Sea`, `Phil Waldrep Ministries`, `Senate Republicans`). */
export function hasBodyHead(name: string): boolean {
  if (looksLikeOrganisation(name)) return true;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return NOT_A_PERSON_LAST.has(last) && !SURNAMES_TOO.has(last);
}

function cleanName(name: string, firstNames?: ReadonlyMap<string, unknown>): string | null {
  const tokens = name.split(/\s+/);
  const rank = tokens.findIndex((t) => RANK.has(t.replace(/\.$/, '')));
  if (rank >= 0) tokens.length = rank;
  // A possessive ends the name: `Dick Cheney’s`, `Rubio's Cuban` roots, `Bernie Sanders’ share`.
  const possessive = tokens.findIndex((t) => /['’]s$|s['’]$/.test(t));
  if (possessive >= 0) {
    tokens.length = possessive + 1;
    tokens[possessive] = tokens[possessive].replace(/['’]s$|(?<=s)['’]$/, '');
  }
  // (And a title: `Prince Mohammed said` names `Mohammed`.)
  while (tokens.length && (NOT_NAME.has(tokens[0]) || ROLE_NOUN.has(tokens[0].replace(/\.$/, '')) || TITLE_FIRST_WORDS.has(tokens[0].replace(/\.$/, '')))) tokens.shift();
  // A month after a first name alone is the surname (`Prime Minister Theresa May`).
  while (tokens.length && NOT_NAME.has(tokens[tokens.length - 1]) && !(tokens.length === 2 && MONTH_SURNAMES.has(tokens[1]) && firstNames?.has(tokens[0].toLowerCase()))) tokens.pop();
  if (!tokens.length || tokens.some((t) => !/^(?:\p{Lu}\.)+$/u.test(t) && !/\p{Ll}/u.test(t))) return null;
  // `Andrés Manuel López Obrador`: a fourth capitalised word is a second surname only after two
  // given names; else the name ends at the third (as it always did).
  const capitals = tokens.flatMap((t, i) => (/^\p{Lu}/u.test(t) ? [i] : []));
  if (capitals.length > 3 && !PATRONYM.test(tokens.join(' ')) && !firstNames?.has(plainLower(tokens[capitals[1]]))) {
    // (`King Solomon Missionary Baptist Church`: the words cut off may end a body's name.)
    if (hasBodyHead(tokens.join(' ')) || namedAfter(tokens.join(' '))) return null;
    tokens.length = capitals[3];
  }
  // `Martin Luther King Day` is a holiday after a title word; `Justice Against Sponsors of
  // Terrorism Act` a law's title case: a name holds no preposition.
  if ((tokens.length === 1 && CALENDAR_NOUNS.has(tokens[0].toLowerCase())) || tokens.some((t) => TITLE_CASE_PREPOSITION.test(t))) return null;
  const joined = withoutTrailingTitles(tokens.join(' '));
  if (!joined) return null;
  // (A lone word: `Douglas J. Band` is someone, `General Hospital` is not.)
  if (hasBodyHead(joined) || (tokens.length === 1 && namedAfter(joined))) return null;
  return joined;
}

/** `King Solomon Missionary Baptist Church`: the capitalised run a title opened goes on past the
 * words read as a name into a body's head word. */
function bodyWordAfter(text: string, end: number): boolean {
  const next = /^[^\S\n]+(\p{Lu}\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
  return next !== undefined && (hasBodyHead(next) || namedAfter(next));
}

const PLACE_PREPOSITION_BEFORE = /\b(?:[Oo]f|[Ff]rom|[Ii]n)\s+(?:\p{Lu}\p{L}+\s+and\s+)?$/u;

/** Where the cleaned name (words joined by single spaces) is in the raw one, and how long it is
 *  there: `Newt\u00a0Gingrich` or a line break between the words is the same name. */
function located(raw: string, name: string): [number, number] {
  const at = raw.indexOf(name);
  if (at >= 0) return [at, name.length];
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+'), 'u').exec(raw);
  return m ? [m.index, m[0].length] : [0, name.length];
}

export function findTitledPeople(text: string, words?: WordIndex, firstNames?: ReadonlyMap<string, unknown>): TitledPerson[] {
  const out: TitledPerson[] = [];
  const push = (start: number, rawName: string, role: string | null, affiliationText: string, via: TitledPerson['via']) => {
    const name = cleanName(rawName, firstNames);
    if (!name) return;
    const [at, length] = located(rawName, name);
    out.push({ start: start + at, end: start + at + length, name, role, affiliation: affiliationIn(affiliationText), via });
  };
  for (const m of titledMatches(text, words)) {
    const title = m.groups!.title;
    const matched = m.groups!.name;
    const nameStart = m.index + m[0].length - matched.length;
    const rawName = matched.slice(0, gluedNameEnd(text, nameStart, nameStart + matched.length, firstNames) - nameStart);
    // A lone honorific with one capitalised word is too weak (`Mr. Big`); need two tokens.
    if (HONORIFIC.test(title) && !/\s/.test(rawName)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index).split(/[.;:,\n()]/).pop() ?? '';
    const role = title.replace(/\s+/g, ' ');
    const affiliation = affiliationIn(`${before} ${title}`) ?? (US_TITLES.test(role) ? 'united-states' : null);
    const name = cleanName(rawName, firstNames);
    if (!name || bodyWordAfter(text, m.index + m[0].length)) continue;
    // A role in lower case with one capitalised word after it says little (`the official Chinese
    // news agency`, `his official Twitter feed`): it needs a name of two words.
    if (/^\p{Ll}/u.test(title.slice(title.lastIndexOf(' ') + 1)) && !/\s/.test(name)) continue;
    const [at, length] = located(rawName, name);
    out.push({ start: nameStart + at, end: nameStart + at + length, name, role: HONORIFIC.test(title) ? null : role, affiliation, via: 'title' });
  }
  // Without a title, one capitalised word left after cleaning (`When Twitter said`) is no name; nor
  // is a body's head word that is a surname too without a first name before it (`Ifrah Law said`).
  const twoWords = (start: number, rawName: string, role: string | null, affiliationText: string, via: TitledPerson['via']) => {
    const name = cleanName(rawName, firstNames) ?? '';
    if (/\s/.test(name) && !(surnameTooHead(name) && !firstNames?.has(name.slice(0, name.indexOf(' ')).toLowerCase()))) push(start, rawName, role, affiliationText, via);
  };
  // `Senator Chuck Schumer of New York, the Democratic leader`: a place after `of` is no one.
  const capitals = capitalStarts(text, words);
  // (Nor `In South Carolina, a 69-year-old state lawmaker …`, its `In` read as a name's first word;
  // nor the place before a cue: `Senator Lindsey Graham of South Carolina said`, `Attorneys general
  // in Utah and New Mexico said`.)
  const afterPlacePreposition = (m: RegExpExecArray) => PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || /^(?:In|Of|From)\s/.test(m.groups!.name);
  for (const m of matchesAt(text, APPOSITIVE, capitals)) if (!afterPlacePreposition(m)) twoWords(m.index, m.groups!.name, m.groups!.role.trim(), m.groups!.role, 'appositive');
  for (const m of matchesAt(text, SPEAKING, capitals)) if (!afterPlacePreposition(m)) twoWords(m.index, m.groups!.name, null, '', 'speech');
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
