// The people an article names: full names with the title or role it gives them, so that a
// surname (`Shamkhani`), a pronoun or a description can be resolved to a person.
import { firstStartingAt } from '../spans.js';
import type { Span } from '../types.js';
import { LETTER, UPPER } from '../letters.js';
import { NOT_NAME, SENTENCE_OPENERS, TITLES } from './words.js';
import { wholeWordOccurrences } from '../whole-words.js';
import type { WordIndex } from '../word-runs.js';
import { CALENDAR_NOUNS } from '../calendar-words.js';
import type { HeadlineNames } from '../headline-names.js';
import { generationOf, generationWord } from '../generations.js';

export interface Person {
  name: string;
  surname: string;
  start: number;
  end: number;
  role?: string;
}

// Runs of two or more capitalised words, with initials (`W.`, `J.J.`) and name particles (`al-`, `bin`, `de`).
const CAP_WORD = `(?:[${UPPER}](?:\\.[${UPPER}])+\\.|[${UPPER}][${LETTER}'’\\-]*\\.?|al-[${UPPER}][${LETTER}\\-]*)`;
// The first word as CAP_WORD after no letter or digit, (?<![${LETTER}0-9])${CAP_WORD}, with the
// look-behind moved after the first character: tried only where a capital (or `a`) stands, the
// regex runs in half the time. (Nor does a run start inside initials: the second `J` of `J.J.`.)
const FIRST_CAP_WORD = `(?:[${UPPER}](?<![${LETTER}0-9][${UPPER}])(?<![${UPPER}]\\.[${UPPER}])(?:(?:\\.[${UPPER}])+\\.|[${LETTER}'’\\-]*\\.?)|a(?<![${LETTER}0-9]a)(?<![${UPPER}]\\.a)l-[${UPPER}][${LETTER}\\-]*)`;
// (A particle is a whole word: `von der Leyen`, whose `der` is no `de` and a rest.)
const PARTICLE_WORD = `(?:bin|ibn|de|la|del|van|von|der|den|da|di|of|the)(?![${LETTER}])`;
export const CAP_RUN_RE = new RegExp(`${FIRST_CAP_WORD}(?:[ \\u00a0]+(?:${CAP_WORD}|${PARTICLE_WORD}))+`, 'g');
const LINKS = new Set(['of', 'the', 'Of', 'The']);
const PARTICLES = new Set(['of', 'the', 'bin', 'ibn', 'de', 'la', 'del', 'van', 'von', 'der', 'den', 'da', 'di']);
const bare = (w: string) => {
  const last = w.charCodeAt(w.length - 1);
  // Most words end in a letter other than s: nothing to strip.
  if (last !== 46 && last !== 115 && last !== 39 && last !== 0x2019) return w.toLowerCase();
  return w.replace(/[.’']s?$/u, '').replace(/\.$/, '').toLowerCase();
};

export function isTitleWord(w: string): boolean {
  return TITLES.has(bare(w));
}

const PLACE_FIRST_WORDS = new Set(['new', 'north', 'south', 'east', 'west']);

/** `Indicting Roger Stone …`: a long -ing word opening a run is a participle, not a first name. */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{5,}ing$/u;
// (Only a word of nine units or more ending in -ing is tried against the regex.)
const openingParticiple = (w: string) => w.length >= 9 && w.endsWith('ing') && OPENING_PARTICIPLE.test(w);

/** Splits a capitalised run into title words and the personal name that follows the last title. */
export function splitTitle(words: string[]): { title: string[]; name: string[] } {
  const [cut, end] = titleCut(words, words.map(bare));
  return { title: words.slice(0, cut), name: words.slice(cut, end) };
}

const POSSESSIVE = /\p{L}[’']s$/u;
/** POSSESSIVE, tried only on a word ending in `’s` or `'s` (the regex reads every word from each position). */
function possessive(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return (c === 0x2019 || c === 39) && POSSESSIVE.test(w);
}
// `Anti-slavery Whigs`, `Representative-elect Mikie Sherrill`: a capital, then lower case on both
// sides of a hyphen, is a compound adjective or a title; names are `Holtz-Eakin`, `al-Abadi`.
const LOWER_AFTER_HYPHEN = /^\p{Lu}\p{Ll}+-\p{Ll}/u;
/** LOWER_AFTER_HYPHEN, tried only on a word with a hyphen in it. */
const lowerAfterHyphen = (w: string) => w.indexOf('-') > 0 && LOWER_AFTER_HYPHEN.test(w);

const SURNAME_TITLES = new Set(['king', 'prince', 'bishop', 'judge', 'major', 'marshal', 'dean', 'pope', 'cardinal']);

/** `He Jianxiong`: the Chinese family name He before one given name, not the pronoun (which is
 * never followed by a name in the phrase of who speaks). */
export const familyNameHe = (words: string[], bares: string[]) =>
  words.length === 2 && words[0] === 'He' && /^\p{Lu}\p{Ll}+$/u.test(words[1]) && !NOT_NAME.has(bares[1]) && !SENTENCE_OPENERS.has(bares[1]) && !TITLES.has(bares[1]);

// Months that are also names: a given name before a surname (`Jan Brewer`: the month would be
// `Jan.`; not `April Ryan`, since `In April Trump said` is a date) and a surname after a given
// name (`Theresa May`).
const GIVEN_NAME_MONTHS = new Set(['Jan']);
const SURNAME_MONTHS = new Set(['May']);
// Words after which a month is one (`In April`, `Since May`, `Last June`).
const BEFORE_A_MONTH = new Set(['in', 'on', 'since', 'by', 'until', 'through', 'of', 'from', 'during', 'last', 'next', 'early', 'late', 'mid', 'this', 'that']);

/** words[i] is a month written as a name: a given name with a name word after it, or a surname
 *  after a name word, and no word before it that makes it a date. */
function monthName(words: string[], bares: string[], i: number): boolean {
  const w = words[i];
  if (!GIVEN_NAME_MONTHS.has(w) && !SURNAME_MONTHS.has(w)) return false;
  if (i > 0 && BEFORE_A_MONTH.has(bares[i - 1])) return false;
  const beside = GIVEN_NAME_MONTHS.has(w) ? i + 1 : i - 1;
  const b = bares[beside];
  return b !== undefined && /^\p{Lu}\p{Ll}/u.test(words[beside]) && !NOT_NAME.has(b) && !SENTENCE_OPENERS.has(b) && !TITLES.has(b);
}

/** Where splitTitle cuts: the name is words[cut, end). `bares`: each word's bare form. */
function titleCut(words: string[], bares: string[]): [number, number] {
  let cut = 0;
  // `International Business Times`, `National Public Radio`: the name of a body or a paper keeps
  // the common words it is made of.
  const body = words.length > 1 && NOT_A_PERSON_LAST.has(bares[bares.length - 1]);
  // (`General Electric`, `Senate Judiciary Committee`: a title word opening a body's name is part
  // of it; but `Sen. Ann Lee of the Judiciary Committee` is a person's title and name.)
  const titledBody = body && !words.some((w) => w === 'of' || w === 'Of');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const b = bares[i];
    // `John McCain of Arizona`: a full name before `of` is the name, the rest where they are from.
    if (LINKS.has(w) && i - cut >= 2) return [cut, i];
    // `CNN’s Jake Tapper`, `Breitbart’s Joel Pollak`: a possessor before a full name is whom the
    // person works for, not part of the name.
    if (i < words.length - 2 && possessive(w)) {
      cut = i + 1;
      continue;
    }
    if (i === 0 && familyNameHe(words, bares)) continue;
    // (An initial is part of a name even where its letter is a word: `Samuel A. Alito`, `John I. Smith`.)
    if (i > cut && INITIAL.test(w)) continue;
    // (`Peter King`, `John Major`: a title that is also a surname ends a name after a word that is no title.)
    const surname = i === words.length - 1 && i > cut && SURNAME_TITLES.has(b);
    if ((TITLES.has(b) && !titledBody && !surname) || LINKS.has(w) || lowerAfterHyphen(w) || (((NOT_NAME.has(b) && !body && !monthName(words, bares, i)) || SENTENCE_OPENERS.has(b) || (i === 0 && openingParticiple(w))) && i < words.length - 1)) cut = i + 1;
  }
  return [cut, words.length];
}

// Last words of places, bodies and groups (`Wall Street`, `Friendship Park`, `Latino Republicans`),
// of a firm, a product or a movement (`Ifrah Law`, `HuffPost Pollster`, `Black Lives Matter`) and of
// a phenomenon (`Ferguson Effect`).
export const NOT_A_PERSON_LAST = new Set(
  'street avenue road boulevard square park beach island islands county valley river lake sea ocean gulf strait peninsula desert canal harbor harbour lodge mountain mountains hills heights bay coast college university school academy hospital clinic center centre embassy consulate church cathedral mosque temple museum gallery library hall house palace tower towers building stadium arena airport station bridge club league association foundation institute network group company corporation inc corp llc bank fund trust agency office bureau department ministry committee commission council caucus party union coalition alliance campaign movement times post journal news tribune herald gazette review magazine press radio television tv live media republicans democrats conservatives liberals americans voters supporters research studies affairs science sciences technology technologies health development services relations resources management medicine engineering education district industries enterprises solutions systems ventures brands foods footwear apparel amendment survey board administration federation society project initiative conference institution authority economics polls budget examiner chronicle inquirer sentinel beacon electric ministries pac bowl edition hedge compass police law pollster effect matter evangelical evangelicals organization organisation service pavilion amphitheater amphitheatre theater theatre coliseum auditorium ballroom plaza mall hotel resort casino festival zoo'.split(' '),
);

/** Title words that only qualify another title (`former governor`), so name nobody alone. */
const NOT_A_TITLE_ALONE = new Set(['former', 'acting', 'state', 'house', 'senate', 'republican', 'democrat', 'democratic', 'independent', 'vice', 'deputy', 'foreign', 'defense', 'defence', 'interior', 'prime']);

// `McCormack`, `O’Malley`, `al-Abadi`; not an acronym.
const NAME_LAST_WORD = /^(?:al-)?\p{Lu}[\p{L}\p{M}'’\-]*\p{Ll}[\p{L}\p{M}'’\-]*$/u;

// `Samuel A. Alito`: an initial's letter may be a word (`A`, `I`), but not with its dot inside a name.
const INITIAL = /^\p{Lu}\.$/u;
/** Whether words[from, end) look like a personal name; `bares`: the bare form of each word. */
function looksLikeName(words: string[], bares: string[], from: number, end: number, titled: boolean): boolean {
  // A single word is a surname only after a title: `Mr. Obama`, `Sen. Cruz`.
  // (Particles uncounted: `Ana María de la Cruz`.)
  let particles = 0;
  for (let i = from; i < end; i++) if (PARTICLES.has(words[i])) particles++;
  const length = end - from;
  if (length < (titled ? 1 : 2) || length - particles > 4) return false;
  for (let i = from; i < end; i++) if (((NOT_NAME.has(bares[i]) || SENTENCE_OPENERS.has(bares[i])) && !PARTICLES.has(words[i]) && !monthName(words, bares, i) && !(i > from && INITIAL.test(words[i]))) || LINKS.has(words[i])) return false;
  if (NOT_A_PERSON_LAST.has(bares[end - 1])) return false;
  return NAME_LAST_WORD.test(words[end - 1]);
}

const DOTTED_WORD = /[\p{Lu}][\p{Ll}'’\-]{3,}\.(?=[ \u00a0])/gu;
/** Abbreviations of four letters or more that a name or a title may hold (`Capt.`, `Calif.`). */
const NAME_ABBREVIATIONS = new Set(['capt', 'prof', 'corp', 'sept', 'bros', 'supt', 'calif', 'conn', 'mass', 'wash', 'tenn', 'mich', 'minn', 'okla', 'colo', 'ariz', 'wisc', 'penn', 'nebr', 'mont', 'oreg', 'vols']);
/** Where a run of capitalised words holds a sentence's end (a word of four letters or more and
 * a full stop, not an abbreviation): the offset just after that stop, else -1. */
function sentenceEndInRun(run: string): number {
  if (run.indexOf('.') < 0) return -1; // most runs hold no dot
  DOTTED_WORD.lastIndex = 0;
  for (let m = DOTTED_WORD.exec(run); m; m = DOTTED_WORD.exec(run)) {
    const word = m[0].slice(0, -1).toLowerCase();
    if (!NAME_ABBREVIATIONS.has(word) && !TITLES.has(word)) return m.index + m[0].length;
  }
  return -1;
}

/** `run.split(/[ \u00a0]+/)` over char codes: a regex split per run was a hot spot. */
export function splitAtSpaces(run: string): string[] {
  const words: string[] = [];
  const n = run.length;
  let from = 0;
  for (let i = 0; i < n; ) {
    const c = run.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) {
      i++;
      continue;
    }
    words.push(run.slice(from, i));
    while (i < n && (run.charCodeAt(i) === 32 || run.charCodeAt(i) === 0xa0)) i++;
    from = i;
  }
  words.push(run.slice(from));
  return words;
}

/** Role phrase right before a title run, within the sentence: `hawkish US Republican` is not
 * a role, but `Secretary of Iran's Supreme National Security Council (SNSC)` is. */
function roleBefore(text: string, runStart: number, title: string[]): string | undefined {
  if (title.length) {
    // (`As The Daily Caller`: an article opening the run is no role.)
    const head = title.join(' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (head && !/^(?:the|a|an)$/i.test(head)) return head;
  }
  // `Secretary of X Council (ABC) Ali Shamkhani`: the run was cut by the parenthesis.
  // (Most runs have no `)` in the two units before them: no text is cut for the regex.)
  if (text.charCodeAt(runStart - 1) !== 41 && text.charCodeAt(runStart - 2) !== 41) return undefined;
  if (!/\)\s?$/.test(text.slice(Math.max(0, runStart - 2), runStart))) return undefined;
  const before = text.slice(Math.max(0, runStart - 120), runStart);
  const paren = /\(\s*[A-Z0-9+]{2,8}\s*\)\s*$/.exec(before);
  if (!paren) return undefined;
  const words = before.slice(0, paren.index).trimEnd().split(/\s+/);
  let k = words.length;
  while (k > 0 && /^(?:\p{Lu}|of$|the$)/u.test(words[k - 1])) k--;
  const role = words.slice(k);
  if (role.some(isTitleWord)) return role.join(' ');
  return undefined;
}

// (An abbreviation's full stop is no end of it, `an adviser to Mr. Bloomberg`; a relative clause
// is: `a former C.I.A. analyst who teaches at Georgetown`.)
const ABBREVIATION = String.raw`\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|\p{Lu})`;
const ROLE_AFTER = new RegExp(String.raw`^,\s+((?:the|a|an)\s+(?:[^,.;“”"]|(?<=${ABBREVIATION})\.){3,80}?)(?=[,;]|(?<!${ABBREVIATION})\.|\s+(?:who|whose|which)\s)`, 'u');

/** Role given in an appositive right after the name: `Zalmay Khalilzad, the US ambassador in Baghdad,`. */
function roleAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 44) return undefined; // no comma, no appositive
  const m = ROLE_AFTER.exec(text.slice(end, end + 100));
  // (Not a clause: `…, the four male officials don’t matter at all`.)
  return m && !/\b(?:said|says|told|who|which|is|are|was|were|has|have|had|will|would|do|does|did)\b|n['’]t\b/.test(m[1]) ? m[1] : undefined;
}

// A description ending in a title word, then a comma: `The city’s police chief, Mark Rivera,`.
const ROLE_SET_BEFORE = /(?:^|[.;:!?]\s+|\n\s*|\s)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.-]*[’']s)\s+(?:[\p{Ll}’'-]+\s+){0,4}([\p{Ll}-]+)),\s+$/u;

/** Role given in a description set before the name and closed after it by a comma or a full
 *  stop: `The city’s police chief, Mark Rivera, resigned`. */
function roleSetBefore(text: string, start: number, end: number): string | undefined {
  if (text.charCodeAt(start - 2) !== 44 || !/^[,.]/.test(text.slice(end, end + 1))) return undefined;
  const m = ROLE_SET_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return m && isTitleWord(m[2]) ? m[1] : undefined;
}

/** `places`: one-word names of states, lower case (`britain`, `ukraine`): before a full name they
 * say where the person serves (`ambassador to Britain Liu Xiaming`), and are no part of the name. */
export function indexPeople(text: string, ranges: Span[] = [{ start: 0, end: text.length, text }], places?: ReadonlySet<string>): Person[] {
  const people: Person[] = [];
  for (const r of ranges) {
    CAP_RUN_RE.lastIndex = r.start;
    for (let m = CAP_RUN_RE.exec(text); m && m.index < r.end; m = CAP_RUN_RE.exec(text)) {
      // `… of Elise Matthesen. Lacking the rights, …`: a full stop after a word ends the sentence
      // and the run. One match may hold many sentences (a paragraph of title-case lines): each is
      // read from the match in turn, never by searching the rest of the text again.
      let run = m[0], at = m.index;
      while (at < r.end) {
        const stop = sentenceEndInRun(run);
        const person = personInRun(text, run, at, stop, places);
        if (person) people.push(person);
        const next = stop > 0 ? nextRunStart(run, stop) : -1;
        if (next < 0) break;
        run = run.slice(next);
        at += next;
      }
      CAP_RUN_RE.lastIndex = m.index + m[0].length;
    }
  }
  return people;
}

/** Last words of the names of days and seasons. */

/**
 * `Election Day`, `Wells Fargo`, `Interestingly Blocher`: a run whose first word the article also
 * writes in lower case, or an adverb or a gerund, names no person, unless that word is a known
 * first name (`Mark`, `Bill`). One lookup of all such first words in the article's word index.
 * (The actor stage checks the names it reads from speech verbs the same way: notAPersonsName.)
 */
export function withoutCommonOpenings(text: string, words: WordIndex, people: Person[], firstNames: ReadonlyMap<string, unknown> | undefined): Person[] {
  const suspect = new Map<Person, string>();
  let days = false;
  for (const p of people) {
    const space = p.name.indexOf(' ');
    const first = space > 0 ? p.name.slice(0, space) : '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
    const lower = first.toLowerCase();
    if (!firstNames?.has(lower) && !PARTICLES.has(lower)) suspect.set(p, lower);
    days ||= CALENDAR_NOUNS.has(p.surname);
  }
  // `Election Day`, `Christmas Eve`: a day, unless a first name opens it (`Kristen Day`).
  if (days) people = people.filter((p) => !(suspect.has(p) && CALENDAR_NOUNS.has(p.surname)));
  if (!suspect.size) return people;
  const inLowerCase = wholeWordOccurrences(text, new Set(suspect.values()), words);
  const common = (p: Person) => {
    const lower = suspect.get(p);
    return lower !== undefined && (/\p{Ll}{3}ing$|\p{Ll}{5}ly$/u.test(lower) || (inLowerCase.get(lower)?.length ?? 0) > 0);
  };
  return people.filter((p) => !common(p));
}

/** People named in a title-case headline, each cut to what the article's text confirms of the name
 * (headline-names.ts); a full name the text does not confirm is no one. */
export function confirmedInHeadline(people: Person[], names: HeadlineNames | null): Person[] {
  if (!names) return people;
  const { start, end } = names.headline;
  return people.flatMap((p) => {
    if (p.start < start || p.start >= end) return [p];
    const words = splitAtSpaces(p.name);
    const kept = names.confirmed(words);
    if (!kept || (kept.length < 2 && words.length >= 2)) return [];
    if (kept.length === words.length) return [p];
    const name = kept.join(' ');
    const person: Person = { name, surname: bare(kept[kept.length - 1]), start: p.start, end: p.start + name.length };
    if (p.role) person.role = p.role;
    return [person];
  });
}

// Where CAP_RUN_RE would match next: its first word with a second one after it, but not the rest.
const RUN_START_RE = new RegExp(`${FIRST_CAP_WORD}(?=[ \\u00a0]+(?:${CAP_WORD}|${PARTICLE_WORD}))`, 'g');

/** Where the capitalised-run regex would start again after the full stop at `stop` (inside the
 * same run: it ends where the run does), else -1. */
export function nextRunStart(run: string, stop: number): number {
  RUN_START_RE.lastIndex = stop;
  const m = RUN_START_RE.exec(run);
  return m ? m.index : -1;
}

/** Prepositions that may open a sentence before a name: never a title. */
const OPENING_PREPOSITIONS = new Set(['as', 'for', 'with', 'to', 'of', 'in', 'on', 'at', 'by', 'from']);

/** The person a run of capitalised words (up to `stop`, when a sentence ends inside it) names, if any. */
function personInRun(text: string, run: string, at: number, stop: number, places: ReadonlySet<string> | undefined): Person | null {
  const words = splitAtSpaces(stop > 0 ? run.slice(0, stop) : run);
  // A sentence's full stop after a name (`Nechirvan Barzani.`) is not an initial's dot.
  const lastWord = words[words.length - 1];
  if (lastWord.length > 2 && lastWord.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(lastWord)) words[words.length - 1] = lastWord.slice(0, -1);
  while (words.length && PARTICLES.has(words[words.length - 1])) words.pop();
  const bares = words.map(bare);
  const [cut, nameEnd] = titleCut(words, bares);
  // (`Certainly Donald Trump`, `As Taylor Swift's partner`: the words a sentence opens with are cut off, but no role.)
  let opening = 0;
  while (opening < cut && (SENTENCE_OPENERS.has(bares[opening]) || OPENING_PREPOSITIONS.has(bares[opening]) || (opening === 0 && openingParticiple(words[0])))) opening++;
  // `a New Hampshire Elks lodge`: what follows a place's first word is the rest of a place.
  if (cut > opening && PLACE_FIRST_WORDS.has(bares[cut - 1])) return null;
  const from = cut === opening && nameEnd - cut >= 3 && places?.has(bares[cut]) ? cut + 1 : cut;
  // `Sen. Cruz` names a person, `Former Arizona` does not: an adjective is no title.
  const titled = cut > 0 && TITLES.has(bares[cut - 1]) && !NOT_A_TITLE_ALONE.has(bares[cut - 1]);
  if (!looksLikeName(words, bares, from, nameEnd, titled)) return null;
  const title = words.slice(opening, cut);
  const name = words.slice(from, nameEnd);
  const joined = name.join(' ');
  // `Trump’s`, and a plural's bare apostrophe: `Bernie Sanders’ campaign`.
  const nameText = joined.endsWith('s') ? joined.replace(/[’']s$/, '') : /s[’']$/.test(joined) ? joined.slice(0, -1) : joined;
  const offsetInRun = run.indexOf(name[0]);
  const start = at + offsetInRun;
  const end = start + nameText.length;
  const role = roleBefore(text, at, title) ?? roleAfter(text, end) ?? (title.length === 0 && from === 0 ? roleSetBefore(text, start, end) : undefined);
  // (After a generational suffix, `Jesse L. Jackson Jr.`, the surname is the word before it.)
  const person: Person = { name: nameText, surname: bares[nameEnd - 1 > from && generationWord(bares[nameEnd - 1]) !== null ? nameEnd - 2 : nameEnd - 1], start, end };
  if (role) person.role = role;
  return person;
}

// `Cruz openly admitted`: a lone capitalised word opening a sentence, then (over adverbs and
// auxiliaries) a cue verb.
const SUBJECT_RE = /^([\p{Lu}][\p{Ll}’'-]*\p{Ll})\s+(?:(?:\p{Ll}+ly|also|then|later|has|had|have|would|will|did|does|could|was|is)\s+)*(\p{Ll}+)/u;

/** Lone surnames opening a sentence as the subject of a cue: people the article may name by
 * surname alone (`isNotName` rules out roles, groups and function words). */
export function subjectSurnames(text: string, sentences: Span[], isNotName: (lower: string) => boolean, isCue: (word: string) => boolean): { start: number; end: number; nameWords: string[] }[] {
  const found: { start: number; end: number; nameWords: string[] }[] = [];
  for (const s of sentences) {
    // (Most sentences open with no capital: a quotation mark, a digit, a lower-case word.)
    const c = text.charCodeAt(s.start);
    if (s.start >= s.end || (c < 128 && !(c >= 65 && c <= 90))) continue;
    const m = SUBJECT_RE.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (!m || !isCue(m[2])) continue;
    // `Harsh comments are earning …`: a cue form followed by a plural verb is the subject noun.
    if (/^\s+(?:are|were|have|had)\b/.test(text.slice(s.start + m.index + m[0].length, s.start + m.index + m[0].length + 6))) continue;
    const lower = m[1].toLowerCase();
    if (NOT_NAME.has(lower) || SENTENCE_OPENERS.has(lower) || NOT_A_PERSON_LAST.has(bare(m[1])) || isNotName(lower)) continue;
    found.push({ start: s.start, end: s.start + m[1].length, nameWords: [m[1]] });
  }
  return found;
}

/** The people plus those quoted by surname alone (`Carson said`) whom the article never names in full. */
export function withQuotedSurnames(named: Person[], speakers: { start: number; end: number; nameWords: string[] }[]): Person[] {
  const people = [...named];
  const known = new Set(people.map((p) => p.surname));
  for (const s of speakers) {
    if (s.nameWords.length !== 1 || !/\p{Ll}/u.test(s.nameWords[0])) continue;
    const word = s.nameWords[0].replace(/[’']s?$/u, '');
    const surname = bare(word);
    if (known.has(surname)) continue;
    known.add(surname);
    const start = s.end - s.nameWords[0].length;
    people.push({ name: word, surname, start, end: start + word.length });
  }
  return people.sort((a, b) => a.start - b.start);
}

const bySurname = new WeakMap<Person[], Map<string, Person[]>>();
function surnameIndex(people: Person[]): Map<string, Person[]> {
  let index = bySurname.get(people);
  if (!index) {
    index = new Map();
    for (const p of people) {
      const list = index.get(p.surname);
      if (list) list.push(p);
      else index.set(p.surname, [p]);
    }
    bySurname.set(people, index);
  }
  return index;
}

/** Everyone the article names with this surname (lower case), in text order. */
export function withSurname(people: Person[], surname: string): Person[] {
  return surnameIndex(people).get(surname) ?? [];
}

/** The full name for a surname (or a full name) mentioned at pos: the nearest earlier full
 * mention, else the first later one. People are in text order: a binary search finds pos. */
export function resolvePerson(people: Person[], words: string[], pos: number): Person | null {
  // `Trump Jr.` is the person named in full with the suffix.
  const suffix = words.length > 1 && generationWord(bare(words[words.length - 1])) !== null;
  const core = suffix ? words.slice(0, -1) : words;
  if (!core.length) return null;
  const list = surnameIndex(people).get(bare(core[core.length - 1]));
  if (!list) return null;
  // (A surname's particles in lower case are no first name: `von der Leyen said` is the person
  // named in full with that surname, not the phrase itself.)
  const particles = core.length > 1 && /^\p{Ll}/u.test(core[0]);
  const first = core.length > 1 && !particles ? bare(core[0]) : null;
  const fits = (p: Person) => (first === null || p.name.toLowerCase().startsWith(first)) && (!suffix || generationOf(p.name) !== null) && !(particles && /^\p{Ll}/u.test(p.name));
  const later = firstStartingAt(list, pos + 1);
  for (let k = later - 1; k >= 0; k--) if (fits(list[k])) return list[k];
  for (let k = later; k < list.length; k++) if (fits(list[k])) return list[k];
  return null;
}

const firstRoles = new WeakMap<Person[], Map<string, string>>();

/** Everything known about one person from all mentions: the first role given. */
export function roleOf(people: Person[], name: string): string | undefined {
  let roles = firstRoles.get(people);
  if (!roles) {
    roles = new Map();
    for (const p of people) if (p.role && !roles.has(p.name)) roles.set(p.name, p.role);
    firstRoles.set(people, roles);
  }
  return roles.get(name);
}
