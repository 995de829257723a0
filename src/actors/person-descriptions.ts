// How an article describes the people it names, which is how an outlet labels them: the words
// before a name that say who the person is (`billionaire Michael Bloomberg`, `former New York City
// Mayor Michael Bloomberg`, `Trump adviser Kellyanne Conway`), an appositive after it (`Kevin
// Sheekey, a longtime adviser to Mr. Bloomberg,`), and later definite descriptions that point back
// at one of them (`the billionaire`, `the former mayor`). A description is found by its head, a noun
// for one person (`billionaire`, `adviser`, `senator`); the words before the head are kept while
// they are modifiers a reader can check (capitalised words, adjectives, a list of noun modifiers),
// so a verb before the head (`Democrats attacked billionaire …`) ends it.
import type { Description, Mention } from '../types.js';
import { DEMONYMS, TITLES } from '../quotes/words.js';
import { PERSON_NOUNS } from '../quotes/narration-pronouns.js';
import { CALENDAR_NOUNS, MONTHS, WEEKDAYS } from '../calendar-words.js';

type Draft = Omit<Mention, 'segment'>;

type PersonDescription = Omit<Description, 'segment'>;

/** Honorifics say nothing of who the person is. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'messrs']);
/** Words of the quote stage's title list that only qualify the title after them (`Vice President`,
 * `Foreign Minister`, `former`, `Senate`, `the chief alternative`): modifiers, never a head. */
const TITLE_MODIFIERS = new Set(['vice', 'prime', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'senate', 'house', 'state', 'democratic', 'former', 'acting', 'staff', 'chief']);
/** Party members and the like, which stand as a head before a name (`Republican Marco Rubio`). */
const PARTY_HEADS = new Set(['republican', 'democrat', 'independent', 'libertarian', 'conservative', 'liberal', 'progressive']);
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
const STOP = new Set(
  'the a an this that these those his her their its our my your of to in on at for with by from and or but as than who whom whose which when while if after before since said says say told tells is are was were be been being has have had will would could should can may might must did does do not also then there here it he she they we i you him them us'.split(' '),
);
const CAPITAL_STOP = new Set([
  ...'The A An In On At Of And But Or Nor When While Though Although As If After Before Since He She It This That These Those His Her Their They We Its Our My Your Yesterday Today Tomorrow Now Then So Yet Still Meanwhile However Also Even Just Only'.split(' '),
  ...'With For From To By Under Over About Against Among Between Without Like Unlike During Including Despite Through Across Amid Behind Beyond Near Toward Towards Upon Via Both Either Neither Every Each All Some Many Most Few More Several Such No Not'.split(' '), ...WEEKDAYS.split('|'), ...MONTHS.split('|')]);
/** Abbreviated titles, for matching a later description against an earlier one (`Sen.` and `the senator`). */
const FULL_TITLE: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', sec: 'secretary', lt: 'lieutenant', col: 'colonel', adm: 'admiral', sgt: 'sergeant', capt: 'captain', rev: 'reverend', supt: 'superintendent' };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|\S/gu;
const IS_WORD = /^[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const POSSESSIVE = /\p{L}['’]s$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}.&-]+$/u;
const HONORIFIC_FIRST = /^(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s/;
const NAME_START = /^(?!The\s)\p{Lu}/u;
const FOUR_DIGITS_OR_ORDINAL = /^(?:\d{4}|\d+(?:st|nd|rd|th))$/;

/** Words whose full stop is their own (`Sen.`, `U.S.`, `Jr.`); after any other word it ends a sentence. */
const ABBREVIATION = /^(?:(?:\p{L}\.)+|(?:sen|rep|gov|gen|pres|sec|lt|col|adm|sgt|capt|rev|supt|mr|mrs|ms|mx|dr|jr|sr|st|prof|messrs|inc|co|corp|ltd|no)\.)$/iu;
const endsSentence = (w: string) => w.endsWith('.') && !ABBREVIATION.test(w);

const norm = (w: string) => {
  const bare = w.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '');
  return FULL_TITLE[bare] ?? bare;
};

/** A noun for one person: the head a description ends in. */
function isPersonHead(word: string): boolean {
  // (`ex-Republican` is a head as `Republican` is; matched against earlier descriptions as written.)
  const n = norm(word).replace(/^ex-/, '');
  if (HONORIFICS.has(n) || TITLE_MODIFIERS.has(n) || STOP.has(n)) return false;
  if (PERSON_NOUNS.has(n) || MORE_PERSON_NOUNS.has(n) || TITLES.has(n) || PARTY_HEADS.has(n) || DEMONYMS.has(n)) return true;
  return !UPPER_FIRST.test(word) && n.length >= 7 && /(?:man|woman|ist|surgeon|ologist|ician)$/.test(n);
}

/** A word that may stand before a head in a description. */
function isModifier(word: string): boolean {
  if (UPPER_FIRST.test(word)) return !CAPITAL_STOP.has(word) && !CALENDAR_NOUNS.has(word.toLowerCase());
  const n = word.toLowerCase();
  if (STOP.has(n)) return false;
  return NOUN_MODIFIERS.has(n) || n.includes('-') || FOUR_DIGITS_OR_ORDINAL.test(n) || (n.length >= 5 && ADJECTIVE_ENDING.test(n)) || isPersonHead(word);
}

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = WORD.exec(window); m; m = WORD.exec(window)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

/** Only spaces (no line break, no punctuation) between two tokens. */
const joined = (text: string, a: Token, b: Token) => /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));

/** `the conservative Mr. Lieberman`: the lower-case modifiers between `the` and the honorific that
 *  starts at `at` (toks end before it). */
function adjectivesBefore(text: string, toks: Token[], at: number): { start: number; end: number } | null {
  const h = toks.length;
  if (h < 2 || !/^[ \t\u00a0]+$/.test(text.slice(toks[h - 1].end, at))) return null;
  let first = h;
  // (Between `the` and an honorific any word is a modifier: `the outspoken Ms. Kellner`.)
  for (let k = h - 1; k >= 1 && h - k <= 3 && (k === h - 1 || joined(text, toks[k], toks[k + 1])) && IS_WORD.test(toks[k].text) && !UPPER_FIRST.test(toks[k].text) && !STOP.has(toks[k].text); k--) first = k;
  return first < h && toks[first - 1].text.toLowerCase() === 'the' ? { start: toks[first].start, end: toks[h - 1].end } : null;
}

/** `the House majority leader, Eric Cantor, was …`: `the`, modifiers and a head, then a comma
 *  before the name at `at` and another after the name ending at `end`. */
function describedBeforeComma(text: string, at: number, end: number): { start: number; end: number } | null {
  if (!/^,/.test(text.slice(end, end + 1))) return null;
  const gap = /,[ \t\u00a0]+$/.exec(text.slice(Math.max(0, at - 4), at));
  if (!gap) return null;
  const toks = tokens(text, Math.max(0, at - gap[0].length - 120), at - gap[0].length);
  const h = toks.length - 1;
  if (h < 2 || !IS_WORD.test(toks[h].text) || endsSentence(toks[h].text) || !isPersonHead(toks[h].text)) return null;
  let first = h;
  for (let k = h - 1; k >= 1 && h - k <= 6 && joined(text, toks[k], toks[k + 1]) && IS_WORD.test(toks[k].text) && !ARTICLE.test(toks[k].text.toLowerCase()); k--) {
    // (`the city’s longtime treasurer`: a possessive is the last word before `the`.)
    if (!POSSESSIVE.test(toks[k].text) && !isModifier(toks[k].text)) break;
    first = k;
    if (POSSESSIVE.test(toks[k].text)) break;
  }
  return toks[first - 1] && /^the$/i.test(toks[first - 1].text) ? { start: toks[first].start, end: toks[h].end } : null;
}

/** The description before the name at `at`: `former New York City Mayor` before `Michael Bloomberg`. */
function describedBefore(text: string, at: number, honorific: boolean): { start: number; end: number } | null {
  const toks = tokens(text, Math.max(0, at - 160), at);
  // (A mention written with its honorific: `the outspoken Ms. Kellner`.)
  if (honorific) return adjectivesBefore(text, toks, at);
  // (The window may open inside a word: its first token is never used.)
  let h = toks.length - 1;
  if (h < 1 || !/^[ \t\u00a0]+$/.test(text.slice(toks[h].end, at))) return null;
  // `Secretary of Iran's Supreme National Security Council (SNSC) Ali Shamkhani`: an acronym in
  // brackets between the description and the name.
  if (h >= 4 && toks[h].text === ')' && toks[h - 2].text === '(' && ACRONYM.test(toks[h - 1].text)) h -= 3;
  if (!IS_WORD.test(toks[h].text)) return null;
  const head = toks[h];
  if (endsSentence(head.text)) return null;
  // `the conservative Mr. Lieberman`: adjectives before an honorific, after `the`.
  if (HONORIFICS.has(norm(head.text))) return adjectivesBefore(text, toks.slice(0, h), head.start);
  if (!isPersonHead(head.text)) {
    // `Secretary of State John Kerry`: capitalised words after `of` and a title before it.
    let k = h;
    while (k > 0 && k > h - 6 && UPPER_FIRST.test(toks[k].text) && joined(text, toks[k - 1], toks[k])) k--;
    if (k === h || toks[k].text !== 'of' || k < 1 || !UPPER_FIRST.test(toks[k - 1].text) || !TITLES.has(norm(toks[k - 1].text))) return null;
    h = k - 1;
  }
  let first = h;
  for (let k = h - 1; k >= 1 && h - k <= 7 && joined(text, toks[k], toks[k + 1]); k--) {
    const w = toks[k].text;
    if (!IS_WORD.test(w) || endsSentence(w) || !isModifier(w)) break;
    first = k;
    if (POSSESSIVE.test(w)) break;
  }
  return { start: toks[first].start, end: head.end };
}

const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)$/;
// A name, maybe with its state or city after `of` (`Senator Harry Reid of Nevada, the …`), a comma
// and an article.
const APPOSITIVE_OPEN = /^(?:[ \t\u00a0]+of[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*){0,2})?,[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?/u;
const APPOSITIVE_END = /^[,.;:()“”"—–!?]$/;
const ARTICLE = /^(?:the|a|an)$/;
/** What may follow the head of an appositive: a preposition, a joint or a relative pronoun, not a
 *  verb (`Tyler Shields, the comedian stares …` is a clause). `turned`: `developer turned star`. */
const AFTER_HEAD = new Set('of to for at in on with from since under behind about and or who whom whose which that turned based'.split(' '));
/** A US state's abbreviation, which a comma sets off inside a place (`Richmond, Va., field office`). */
const STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|W\.Va|Wis|Wyo|D\.C)\.$/;

/** `head of the bureau`, `executive director of …`, `Republican of Arizona`: up to two lower-case
 *  modifiers and a head, then `of`. */
function roleBeforeOf(toks: Token[]): boolean {
  for (let j = 0; j < 3 && j < toks.length - 1; j++) {
    const w = toks[j].text;
    if (isPersonHead(w) && (!UPPER_FIRST.test(w) || PARTY_HEADS.has(norm(w))) && toks[j + 1].text === 'of') return true;
    if (UPPER_FIRST.test(w) || !isModifier(w)) return false;
  }
  return false;
}

/** The appositive after the name ending at `at`: `a longtime adviser to Mr. Bloomberg`. */
function describedAfter(text: string, at: number): { start: number; end: number } | null {
  const open = APPOSITIVE_OPEN.exec(text.slice(at, at + 60));
  if (!open) return null;
  const from = at + open[0].length;
  const toks = tokens(text, from, Math.min(text.length, from + 200));
  if (!toks.length || !IS_WORD.test(toks[0].text)) return null;
  // Without an article, only a possessive (`Trump’s former lawyer`) or a role `of` something (`head
  // of the bureau`) opens one: else `Trump, Clinton and …`.
  const roleOf = roleBeforeOf(toks);
  if (!/(?:the|a|an)[ \t\u00a0]+$/.test(open[0]) && !POSSESSIVE.test(toks[0].text) && !roleOf) return null;
  const end = appositiveEnd(text, toks, 0, false);
  return end === null ? null : { start: toks[0].start, end };
}

/** Where an appositive opening at toks[from] ends (an offset), or null when it is none. A second
 *  description may be joined on with `and` (`a former governor of Arkansas and preacher`); when that
 *  one does not end cleanly the first is kept. */
function appositiveEnd(text: string, toks: Token[], from: number, joinedOn: boolean): number | null {
  let headSeen = false;
  for (let k = from; k < toks.length && k - from < 12; k++) {
    const w = toks[k].text;
    if (APPOSITIVE_END.test(w)) {
      // `head of the bureau’s Richmond, Va., field office`: a state set off inside a place.
      if (w === ',' && STATE_ABBREVIATION.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ',') {
        k += 2;
        continue;
      }
      return headSeen && k > from ? toks[k - 1].end : null;
    }
    if (w === 'and' && k > from) {
      if (!headSeen || joinedOn) return null;
      const next = ARTICLE.test(toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
      return appositiveEnd(text, toks, next, true) ?? toks[k - 1].end;
    }
    if (!IS_WORD.test(w) || (k > from && /^(?:who|whom|whose|which|that|said|says|told)$/.test(w))) return headSeen && k > from ? toks[k - 1].end : null;
    // `Mr. Trump, the president’s advisers have been searching …`: a clause, not an appositive.
    if (CLAUSE_VERB.test(w)) return null;
    // (A possessive is no head: `the president’s son` is about the son.)
    if (k - from < 6 && !POSSESSIVE.test(w) && isPersonHead(w)) {
      const next = toks[k + 1];
      if (next && joined(text, toks[k], next) && IS_WORD.test(next.text) && !isPersonHead(next.text)) {
        // `Mike Bloomberg, comedian Billy Crystal and …`: a list of people, not an appositive.
        if (UPPER_FIRST.test(next.text)) return null;
        // `In photos by Tyler Shields, the comedian stares …`: a verb after the head makes a clause.
        if (!AFTER_HEAD.has(next.text) && !endsSentence(w)) return null;
      }
      headSeen = true;
    }
    if (endsSentence(w)) return headSeen ? toks[k].end - 1 : null;
  }
  return null;
}

/** Offices named bare (`the president`, `the senator`) point back at a person without describing
 * them further: a mention, not a label (as the actor stage's bare titles). */
const OFFICES = new Set('president senator representative congressman congresswoman governor mayor secretary minister premier chancellor speaker judge justice general admiral ambassador envoy chairman chairwoman king queen prince princess pope sheriff director'.split(' '));

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

/** Earlier descriptions weighed for each definite description. */
const CANDIDATES = 16;

/** The index of the first introduction at or after `at` (introductions sorted by position). */
function firstAtOrAfter(list: readonly Introduction[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nouns that make a noun for a person before them a modifier (`the candidate forum`). */
const COMPOUND_NOUNS = new Set('forum debate debates race field pool list selection search office position job post seat slot committee program programme status level spot pick picks vote votes nomination hearing hearings'.split(' '));
/** A copula or a verb of naming right before `the`. */
const PREDICATE_BEFORE = /(?<![\p{L}\p{N}])(?:is|are|was|were|be|been|being|became|become|becomes|remains|remained|as|named|elected|appointed)[ \t\u00a0]+$/iu;
/** A comma right before `the`. */
const APPOSITION_BEFORE = /,[ \t\u00a0]+$/;
const THE = /(?<![\p{L}\p{N}])[Tt]he[ \t\u00a0]+/gu;

interface Introduction {
  at: number;
  actor: string;
  words: Set<string>;
}

/**
 * The descriptions set beside the people named in `drafts` (names, titles, surnames; not
 * pronouns), and later definite descriptions of them as mentions (`the billionaire`): of the people
 * described before in all of the description's words, the one mentioned last. A description no
 * earlier one fits stays unresolved.
 */
export function describePeople(text: string, drafts: readonly Draft[], people: ReadonlySet<string>, headline: { start: number; end: number } | null): { descriptions: PersonDescription[]; references: Draft[] } {
  // Names only: not `the president` (a bare title), which `the woman the president beat` follows.
  const named = drafts.filter((d) => people.has(d.actor) && d.resolvedBy !== 'pronoun' && d.resolvedBy !== 'description' && NAME_START.test(d.text)).sort((a, b) => a.start - b.start);
  const descriptions: PersonDescription[] = [];
  const intros: Introduction[] = [];
  const inHeadline = (at: number) => headline !== null && at >= headline.start && at < headline.end;
  for (const d of named) {
    // A title-case headline capitalises every word: its words before a name are no description.
    const before = inHeadline(d.start) ? null : (describedBefore(text, d.start, HONORIFIC_FIRST.test(d.text)) ?? describedBeforeComma(text, d.start, d.end));
    const after = describedAfter(text, d.end);
    for (const [span, form] of [
      [before, 'before'],
      [after, 'appositive'],
    ] as const) {
      if (!span) continue;
      const written = text.slice(span.start, span.end);
      descriptions.push({ start: span.start, end: span.end, text: written, actor: d.actor, form });
      intros.push({ at: span.start, actor: d.actor, words: new Set((written.match(WORD) ?? []).map(norm)) });
    }
  }
  descriptions.sort((a, b) => a.start - b.start);
  intros.sort((a, b) => a.at - b.at);
  const references: Draft[] = [];
  if (!intros.length) return { descriptions, references };
  const byWord = new Map<string, Introduction[]>();
  for (const intro of intros) for (const w of intro.words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(intro);
  // Where a mention of anyone ends (a name the article never describes included).
  const ends = new Set(drafts.map((d) => d.end));
  const lastSeen = new Map<string, number>();
  let n = 0;
  const mentioned = drafts.filter((d) => people.has(d.actor)).sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(THE)) {
    const from = m.index + m[0].length;
    const toks = tokens(text, from, Math.min(text.length, from + 80));
    // `the` + up to three modifiers + a head (and any heads after it: `the billionaire businessman`).
    let h = -1;
    let firstHead = -1;
    for (let k = 0; k < toks.length && k < 4; k++) {
      if (k > 0 && !joined(text, toks[k - 1], toks[k])) break;
      const w = toks[k].text;
      if (!IS_WORD.test(w)) break;
      // (`the Republican presidential nominee’s boasts`: a possessive head ends the description.)
      // (A capitalised head is a title, `the President`; else a name's word, `The Toronto Star`.)
      if (isPersonHead(w) && !PARTY_HEADS.has(norm(w)) && !DEMONYMS.has(norm(w)) && (!UPPER_FIRST.test(w) || TITLES.has(norm(w)))) {
        h = firstHead = k;
        while (!POSSESSIVE.test(toks[h].text) && h + 1 < toks.length && joined(text, toks[h], toks[h + 1]) && isPersonHead(toks[h + 1].text)) h++;
        break;
      }
      if (POSSESSIVE.test(w) || !isModifier(w)) break;
    }
    if (h < 0) continue;
    // `since Trump became the presumptive nominee`: a predicate noun says what someone is, not who.
    if (PREDICATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // `Riley Seibenhener, the party chairman`: an appositive describes the name before it.
    const comma = APPOSITION_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    if (comma && ends.has(m.index - comma[0].length)) continue;
    const next = POSSESSIVE.test(toks[h].text) ? undefined : toks[h + 1];
    // A name after it makes it the name's own description; a noun after it makes the head a
    // modifier (`the candidate forum`).
    if (next && joined(text, toks[h], next) && (UPPER_FIRST.test(next.text) || COMPOUND_NOUNS.has(next.text))) continue;
    // `the chief executive officer of Angie’s List`: someone described by what follows.
    if (next?.text === 'of') continue;
    while (n < mentioned.length && mentioned[n].start < m.index) lastSeen.set(mentioned[n].actor, mentioned[n++].start);
    const words = toks.slice(0, h + 1).map((t) => norm(t.text));
    // (`the billionaire businessman`: the first head word is the one looked up.)
    const head = words[firstHead];
    let best: { actor: string; seen: number } | null = null;
    const withHead = byWord.get(head) ?? [];
    // (The last few descriptions with this head before it: a bound, so a text of many is linear.)
    const upTo = firstAtOrAfter(withHead, m.index);
    for (let k = Math.max(0, upTo - CANDIDATES); k < upTo; k++) {
      const intro = withHead[k];
      // Every word must fit: `the British ambassador` is not the ambassador described before.
      if (!words.every((w) => intro.words.has(w))) continue;
      const seen = lastSeen.get(intro.actor) ?? -1;
      if (!best || seen > best.seen) best = { actor: intro.actor, seen };
    }
    if (!best) continue;
    const end = toks[h].end - (POSSESSIVE.test(toks[h].text) ? 2 : endsSentence(toks[h].text) ? 1 : 0);
    const isLabel = h > 0 || !OFFICES.has(head);
    references.push({ start: from, end, text: text.slice(from, end), actor: best.actor, resolvedBy: 'description', isLabel });
  }
  return { descriptions, references };
}
