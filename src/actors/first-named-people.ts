// People the registry does not know and no title introduces, found by a common first name before
// one or two capitalised words (`Roger J. Stone Jr.`, `Joe Arpaio`, `Sarah Huckabee Sanders`).
// A first name alone proves little, so the words must end there: a longer run of capitals is a
// place or an institution (`George Washington Bridge`), a determiner before it makes it a thing
// (`the Rose Garden`), and lines set in title case (`Trump Signs Bill Allowing …`) are skipped.
import type { Gender } from '../quotes/gender.js';
import { LETTER, UPPER } from '../letters.js';
import { looksLikeOrganisation, type TitledPerson } from './titled-people.js';

// Capitalised words that may follow a name without making it part of a longer proper noun.
const MAY_FOLLOW = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|On|In|At|And|But|The|He|She';
const WORD = `(?!(?:Jr|Sr)\\.|(?:${MAY_FOLLOW})(?![${LETTER}]))[${UPPER}][${LETTER}'’\\-]+`;
// Only the first name is consumed, so `Sheriff Joe Arpaio` is tried again at `Joe`.
const CANDIDATE = new RegExp(
  `(?<![${LETTER}0-9.’'])(?=(?<name>(?<first>[${UPPER}][a-z]+)\\s+(?:[${UPPER}]\\.\\s+)?${WORD}(?:\\s+${WORD})?(?:\\s+(?:Jr\\.|Sr\\.|III|II|IV)(?![${LETTER}]))?))[${UPPER}]`,
  'g',
);
// Last words of places, buildings, laws and prizes named after people.
const NAMED_AFTER = /\s(?:Bridge|Street|Avenue|Road|Square|Park|Hall|Airport|Station|Gardens?|Memorial|Museum|Library|Hospital|School|College|University|Stadium|Center|Centre|Building|Tower|Hotel|Award|Prize|Act|Bill|Amendment|Doctrine|Rule|Foundation|Institute|Fund|Trust|Show|Band|Police|Alliance|Coalition|Council|Reports)$/;
const DETERMINER_BEFORE = /(?:^|[^A-Za-z])(?:the|The|a|A|an|An|this|This|that|That)\s+$/;
const MAY_FOLLOW_WORD = new RegExp(`^(?:${MAY_FOLLOW})$`);
// A possessive or a closing quote ends the name: `Ronald Reagan’s Bible` is Ronald Reagan.
const NAME_END = /(?:['’]s\b.*|['’]+)$/;

interface Span {
  start: number;
  end: number;
}

// Short words a title-case headline may still leave in lower case.
const SMALL = new Set(['with', 'from', 'into', 'over', 'that', 'than', 'after', 'about', 'amid', 'onto', 'upon']);

/** The lines set in title case (headlines, menus): three or more long words, none in lower case. */
function titleCaseLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let words = 0, lower = 0;
    for (const m of text.slice(start, end).matchAll(/[A-Za-z][A-Za-z'’-]{3,}/g)) {
      words++;
      if (m[0][0] > 'Z' && !SMALL.has(m[0])) lower++;
    }
    if (words >= 3 && lower === 0) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

export function findFirstNamedPeople(text: string, firstNames: ReadonlyMap<string, Gender> | undefined): TitledPerson[] {
  if (!firstNames?.size) return [];
  const titled = titleCaseLines(text);
  let line = 0;
  const out: TitledPerson[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    if (!firstNames.has(m.groups!.first.toLowerCase())) continue;
    const start = m.index;
    const whole = m.groups!.name;
    while (line < titled.length && titled[line].end < start) line++;
    if (line < titled.length && titled[line].start <= start) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (DETERMINER_BEFORE.test(before)) continue;
    // Inside a longer name (`George Herbert Walker Bush` tried at `Herbert`).
    const previous = /([A-Z][a-z]*)\.?\s+$/.exec(before);
    if (previous && (previous[1].length === 1 || firstNames.has(previous[1].toLowerCase()))) continue;
    const next = /^\s+([A-Z][A-Za-z]*)/.exec(text.slice(start + whole.length, start + whole.length + 30));
    if (next && !MAY_FOLLOW_WORD.test(next[1])) continue;
    const name = whole.replace(NAME_END, '');
    if (looksLikeOrganisation(name) || NAMED_AFTER.test(name)) continue;
    out.push({ start, end: start + name.length, name, role: null, affiliation: null, via: 'first-name' });
  }
  return out;
}
