// People the registry does not know and no title introduces, found by a common first name before
// one or two capitalised words (`Roger J. Stone Jr.`, `Joe Arpaio`, `Sarah Huckabee Sanders`).
// A first name alone proves little, so the words must end there: a longer run of capitals is a
// place or an institution (`George Washington Bridge`), a determiner before it makes it a thing
// (`the Rose Garden`), and in a line set in title case (`Trump Signs Bill Allowing …`) a name
// counts only when the prose uses its surname too.
import type { Gender } from '../quotes/gender.js';
import { IS_UPPER, LETTER, UPPER } from '../letters.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../calendar-words.js';
import { spanIndexAt } from '../spans.js';
import { gluedNameEnd, hasBodyHead, namedAfter, plainLower, withoutTrailingTitles, type TitledPerson } from './titled-people.js';
import { wholeWordOccurrences } from '../whole-words.js';
import type { WordIndex } from '../word-runs.js';
import { isTitleCase } from '../headline-names.js';

// Capitalised words that may follow a name without making it part of a longer proper noun.
const MAY_FOLLOW = `${WEEKDAYS}|${MONTHS}|${MONTH_ABBREVIATIONS}|On|In|At|And|But|The|He|She`;
// Words of one name are on one line.
const GAP = '[^\\S\\n]+';
const WORD = `(?!(?:Jr|Sr)\\.|(?:${MAY_FOLLOW})(?![${LETTER}]))[${UPPER}][${LETTER}'’\\-]+`;
// Only the first name is consumed, so `Sheriff Joe Arpaio` is tried again at `Joe`.
// A surname's particles (`Juan Carlos de la Fuente`, `Ursula von der Leyen`).
const PARTICLE = `(?:(?:de la|de los|van der|van den|von der|de|del|van|von|bin|ibn|da|di|la)${GAP})`;
// An Arabic name with its patronyms and family name (`Mohammed bin Abdulrahman Al Thani`).
const ARABIC_TAIL = `(?:${GAP}(?:bin|ibn)${GAP}${WORD}){1,2}(?:${GAP}(?:Al|El)${GAP}${WORD})?`;
export const CANDIDATE = new RegExp(
  `(?<![${LETTER}0-9.’'])(?=(?<name>(?<first>[${UPPER}][a-z]+)(?:${ARABIC_TAIL}|${GAP}(?:[${UPPER}]\\.${GAP})?${PARTICLE}?${WORD}(?:${GAP}${PARTICLE}?${WORD})?)(?:${GAP}(?:Jr\\.|Sr\\.|III|II|IV)(?![${LETTER}]))?))[${UPPER}]`,
  'g',
);
// The same pattern tried at one position (sticky): see candidates().
const CANDIDATE_AT = new RegExp(CANDIDATE.source, 'y');
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** The hash `candidates` reads off a capitalised ASCII word: of its code units in lower case. */
function lowerHash(text: string, start: number, end: number): number {
  let h = text.charCodeAt(start) | 0x20;
  for (let i = start + 1; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** The first names' hashes, so that nearly every capitalised word is passed over without its
 *  text being cut out and lower-cased. */
const nameHashes = new WeakMap<ReadonlyMap<string, Gender>, Set<number>>();
function hashesOf(firstNames: ReadonlyMap<string, Gender>): Set<number> {
  let set = nameHashes.get(firstNames);
  if (!set) {
    set = new Set();
    for (const name of firstNames.keys()) if (/^[a-z]+$/.test(name)) set.add(lowerHash(name, 0, name.length));
    nameHashes.set(firstNames, set);
  }
  return set;
}

/**
 * What `text.matchAll(CANDIDATE)` yields whose first name is in `firstNames`, in the same order.
 * CANDIDATE consumes one character, so it matches at every position where it can; its `first`
 * group is a capital and the lower-case run after it. So the first name is read by a scan over
 * char codes, and the regex runs only where it is a known first name, not at every position.
 * When every letter and digit of the text is one of LETTER's (or 0-9), the look-behind leaves
 * only the starts of the word index's runs to read (and U+03A2, a capital of UPPER but no letter).
 */
export function candidates(text: string, firstNames: ReadonlyMap<string, Gender>, words?: WordIndex): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const hashes = hashesOf(firstNames);
  const n = text.length;
  const tryAt = (p: number) => {
    const c = text.charCodeAt(p);
    if (!IS_UPPER[c] || !isLowerAscii(text.charCodeAt(p + 1))) return;
    let q = p + 2;
    while (q < n && isLowerAscii(text.charCodeAt(q))) q++;
    // An ASCII capital: only a word with a first name's hash can be one.
    if (c < 91 && !hashes.has(lowerHash(text, p, q))) return;
    if (!firstNames.has(text.slice(p, q).toLowerCase())) return;
    CANDIDATE_AT.lastIndex = p;
    const m = CANDIDATE_AT.exec(text);
    if (m) out.push(m);
  };
  if (words && !words.otherLetters && !text.includes('\u03A2')) {
    for (let r = 0; r < words.count; r++) if (words.starts[r] + 1 < n) tryAt(words.starts[r]);
  } else for (let p = 0; p + 1 < n; p++) tryAt(p);
  return out;
}

const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|The|a|A|an|An|this|This|that|That)\s+(?:\d+(?:st|nd|rd|th)\s+)?$/;
// `Walter Energy, another mining company that …`: an appositive saying the name is a body's (its
// head noun ends the phrase: `Roy Schwartz, the company’s chief revenue officer` is a person).
const BODY_APPOSITIVE = /^,\s+(?:a|an|another|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|corporation|business|maker|manufacturer|giant|chain|retailer|bank|fund|network|website|site|newspaper|magazine|band|team|club|union|organi[sz]ation|agency|brand|publication|charity|nonprofit)(?=\s*[,.;:)]|\s+(?:that|which|whose|based|owned|in|of|with)\b)/u;
const MAY_FOLLOW_WORD = new RegExp(`^(?:${MAY_FOLLOW})$`);
// A possessive or a closing quote ends the name: `Ronald Reagan’s Bible` is Ronald Reagan.
const NAME_END = /(?:['’]s\b.*|['’]+)$/;
// `stints at Chuck E. Cheese’s and Sears`: a possessive with no noun after it, after `at` or
// `from`, is a shop or a restaurant named after its founder, not a person.
const SHOP_BEFORE = /(?:^|[^\p{L}])(?:at|from|inside|outside)\s+$/u;
const SHOP_AFTER = /^['’]s(?:\s+(?:and|or)\s+\p{Lu}|\s*[,.;:!?)]|\s*$)/u;

interface Span {
  start: number;
  end: number;
}

// Headlines are short: a longer line is prose and is not read word by word.
const MAX_TITLE_LINE = 200;

/** The lines set in title case (headlines, menus). */
function titleCaseLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= MAX_TITLE_LINE) {
      // (In the line's own text: over the whole text a regex would look past the line's end.)
      if (isTitleCase(text.slice(start, end))) out.push({ start, end });
    }
    start = end + 1;
  }
  return out;
}

export function findFirstNamedPeople(text: string, firstNames: ReadonlyMap<string, Gender> | undefined, words?: WordIndex): TitledPerson[] {
  if (!firstNames?.size) return [];
  const titleCase = titleCaseLines(text);
  let line = 0;
  const found: { person: TitledPerson; confirmedBy?: string }[] = [];
  for (const m of candidates(text, firstNames, words)) {
    const start = m.index;
    let whole = m.groups!.name;
    while (line < titleCase.length && titleCase[line].end < start) line++;
    // In a title-case headline every word is capitalised: read first name and surname only, and
    // only for a surname the article's prose uses too (`Indicting Roger Stone` beside `Mr. Stone`).
    const inTitleCase = line < titleCase.length && titleCase[line].start <= start;
    if (inTitleCase) whole = /^\S+[^\S\n]+(?:[A-Z]\.[^\S\n]+)?\S+/.exec(whole)![0].replace(/[,;:]$/, '');
    const before = text.slice(Math.max(0, start - 30), start);
    if (DETERMINER_BEFORE.test(before)) continue;
    // Inside a longer name (`George Herbert Walker Bush` tried at `Herbert`); not after the end of
    // an abbreviation (`to the F.B.I. Michael T. Flynn`) or across a line break.
    const previous = /(?:^|\s)(\p{Lu}\p{Ll}*)\.?[^\S\n]+$/u.exec(before);
    if (previous && (previous[1].length === 1 || firstNames.has(plainLower(previous[1])))) continue;
    const next = /^\s+([A-Z][A-Za-z]*)/.exec(text.slice(start + whole.length, start + whole.length + 30));
    if (!inTitleCase && next && !MAY_FOLLOW_WORD.test(next[1])) continue;
    const name = withoutTrailingTitles(whole.slice(0, gluedNameEnd(text, start, start + whole.length, firstNames) - start).replace(NAME_END, ''));
    // (What a glued word leaves may be the first name alone: too little, as above.)
    if (!/\s/.test(name)) continue;
    if (hasBodyHead(name) || namedAfter(name) || BODY_APPOSITIVE.test(text.slice(start + name.length, start + name.length + 80))) continue;
    if (SHOP_BEFORE.test(before) && SHOP_AFTER.test(text.slice(start + name.length, start + name.length + 40))) continue;
    const person: TitledPerson = { start, end: start + name.length, name, role: null, affiliation: null, via: 'first-name' };
    found.push(inTitleCase ? { person, confirmedBy: name.split(/\s+/).pop()! } : { person });
  }
  // The surnames read in title-case lines, looked up in one pass over the text's words: a name
  // counts when its surname is also on a line of prose (`Mr. Stone` confirms `Roger Stone`).
  const surnames = found.flatMap((f) => (f.confirmedBy ? [f.confirmedBy] : []));
  const at = surnames.length ? wholeWordOccurrences(text, surnames, words) : new Map<string, number[]>();
  const inProse = (word: string) => (at.get(word) ?? []).some((p) => spanIndexAt(titleCase, p) < 0);
  return found.filter((f) => !f.confirmedBy || inProse(f.confirmedBy)).map((f) => f.person);
}
