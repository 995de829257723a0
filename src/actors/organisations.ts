// Organisations the registry does not know, found by the way news names them: a capitalised name
// whose last word says what it is (`American Federation of Teachers`, `Center for Biological
// Diversity`, `Southern Poverty Law Center`), or a capitalised name a description calls a group
// (`Secure America Now, a conservative group`; `the advocacy group Heritage Action`).
// Each pattern is found from its anchor word (the head, the group noun), which is rare, and read
// outwards from there, so the text is scanned once whatever its shape.
import { LETTER, UPPER } from '../letters.js';
import { MONTHS, WEEKDAYS } from '../calendar-words.js';
import { indexWords, type WordIndex } from '../word-runs.js';
import { WordFilter } from '../word-filter.js';

export interface NamedOrganisation {
  start: number;
  end: number;
  name: string;
}

const WORD = `[${UPPER}][${LETTER}'’&\\-]*[${LETTER}]`;
const DAYS_AND_MONTHS = `${WEEKDAYS}|${MONTHS}`;
const TITLES = 'President|Chairman|Chairwoman|Chair|Director|Executive|Chief|Spokesman|Spokeswoman|Leader|Founder|CEO';
/** Last words of a name that make it a company's (`Acme Corp`, `Big Machine Records`): organisation
 *  heads here, and what `the company` may point back at (group-descriptions.ts). */
export const COMPANY_HEADS = ['Corporation', 'Corp', 'Inc', 'LLC', 'Ltd', 'Company', 'Productions', 'Records', 'Entertainment', 'Studios', 'Pictures', 'Holdings', 'Technologies', 'Airlines', 'Motors', 'Pharmaceuticals', 'Laboratories', 'Bank'];
// The word that makes a capitalised phrase an organisation when it ends the name or heads an
// `of`/`for` complement (`Capitol Police`; but `Police Department`, `Police Chief` go on).
const HEAD = new RegExp(
  `(?<![${LETTER}0-9])(?:Center|Centre|Institute|Foundation|Fund|Association|Federation|Union|Council|Committee|Coalition|Alliance|Network|Society|League|Project|Agency|Bureau|Commission|${COMPANY_HEADS.join('|')}|Group|Organization|Organisation|Caucus|Initiative|Club|Workers|Employees|Contractors|Scouts|Partners|Police(?! [${UPPER}]))(?![${LETTER}0-9])`,
  'g',
);
// A complement's words stop at a date or a title: `Committee on Monday`, `for Women President …`.
const COMPLEMENT_WORD = `(?!(?:${DAYS_AND_MONTHS}|${TITLES})(?![${LETTER}]))${WORD}`;
const COMPLEMENT = new RegExp(`\\s+(?:of|for|on)\\s+(?:the\\s+)?${COMPLEMENT_WORD}(?:\\s+(?:and\\s+|of\\s+)?${COMPLEMENT_WORD}){0,3}(?![${LETTER}0-9])`, 'y');
const WHOLE_WORD = new RegExp(`^${WORD}$`);
const RUN_ON = new RegExp(`^(?: ${WORD})* $`);
// How many capitalised words may come before a head, or make a described name.
const MAX_WORDS = 5;

// Words a group is described by, after the name or before it, where no letter, digit or `-` stands
// before them.
const GROUP_NOUN = new RegExp(`(?:group|organi[sz]ation|nonprofit|non-profit|think tank|super PAC|PAC|lobby|charity|coalition|watchdog|network)(?![${LETTER}0-9'’])`, 'g');
const GROUP_NOUN_AT = new RegExp(GROUP_NOUN.source, 'y');
const WORD_BEFORE = new RegExp(`[${LETTER}0-9-]`);
// The words a group noun opens with.
const FIRST_WORDS = new WordFilter(['group', 'organization', 'organisation', 'nonprofit', 'non', 'think', 'super', 'PAC', 'lobby', 'charity', 'coalition', 'watchdog', 'network']);
const NAME_AFTER = new RegExp(`\\s+(?:called\\s+|named\\s+|known as\\s+)?(${WORD}(?:\\s${WORD}){0,${MAX_WORDS - 1}})(?![${LETTER}0-9])`, 'y');
// Between a name and the group noun describing it: `, a neoconservative nonprofit ` (no `of`:
// `Jane Doe, a member of the group` is no group).
const DESCRIPTION_BEFORE_NOUN = new RegExp(`,\\s+(?:a|an|the)\\s+(?:(?!of\\s)[${LETTER}-]+\\s+){0,3}$`);
const LOWER_WORDS_BEFORE_NOUN = new RegExp(`(?:^|[^${LETTER}0-9])(?:(?:the|a|an)\\s+)?(?:[a-z-]+\\s+){0,3}$`);

// Capitalised words that open a sentence or a heading rather than a name.
const NOT_NAME = new Set(
  'The A An In On At Of For And But Or When While As If After Before Since With Without By From To Under Over About Into Against Among Between During Despite Amid This That These Those His Her Their Its Our My He She It They We Monday Tuesday Wednesday Thursday Friday Saturday Sunday Copyright Photo Image Credit Via Source'.split(' '),
);
// Names with an organisation's last word that are states, or places where things happen (a
// convention centre, a stadium's `Events Center`).
const NOT_ORGANISATION = /^(?:Soviet Union|European Union|African Union|West Bank)$|\b(?:Convention|Civic|Events?|Arts|Music|Visitors?|Trade|Data|Shopping|Community|Sports|Fitness|Conference|Exhibition|Aquatic|Performing)\s+(?:Center|Centre)$/;

/**
 * Where the run of capitalised words (single spaces between) that ends at `end` starts, at most
 * `max` words back; `end` itself when no such word ends there. A quote mark or bracket before the
 * first word is left out: `(National Rifle Association`.
 */
function wordsEndingAt(text: string, end: number, max: number): number {
  let start = end;
  for (let n = 0; n < max; n++) {
    const wordEnd = n === 0 ? end : start - 1;
    if (n > 0 && (wordEnd < 0 || text[wordEnd] !== ' ')) break;
    let s = wordEnd;
    while (s > 0 && text[s - 1] !== ' ' && text[s - 1] !== '\n' && wordEnd - s < 40) s--;
    const word = text.slice(s, wordEnd);
    if (WHOLE_WORD.test(word)) {
      start = s;
      continue;
    }
    const open = /^[(“"‘']+/.exec(word);
    if (open && WHOLE_WORD.test(word.slice(open[0].length))) start = s + open[0].length;
    break;
  }
  return start;
}

// `Our` inside a sentence opens a name (`the super PAC Our Principles PAC`, `Our Revolution`); at a
// sentence's start it is the writer's (`Our National Guard …`).
const OUR_IN_NAME = /[\p{L}\p{N},;:]\s+$/u;

function trimmed(start: number, raw: string, before: string): NamedOrganisation | null {
  const words = raw.split(/\s+/);
  let skip = 0;
  if (!(words[0] === 'Our' && OUR_IN_NAME.test(before))) while (skip < words.length && (NOT_NAME.has(words[skip]) || /-based$/.test(words[skip]))) skip++;
  // A possessive inside the name ends what came before: `President Obama's National Commission`,
  // `Lasry’s Avenue Capital Group`.
  for (let k = words.length - 3; k >= skip; k--) {
    if (/['’]s$/.test(words[k])) {
      skip = k + 1;
      break;
    }
  }
  if (skip === words.length) return null;
  const name = words.slice(skip).join(' ').replace(/['’]s$/, '');
  if (name.split(/\s+/).length < 2 && !/^[A-Z]{2,}$/.test(name)) return null;
  if (NOT_ORGANISATION.test(name)) return null;
  const at = start + raw.indexOf(name);
  return { start: at, end: at + name.length, name };
}

/**
 * What `text.matchAll(GROUP_NOUN)` yields where no letter, digit or `-` stands before the match.
 * When every letter and digit of the text is one of LETTER's (or 0-9), such a match starts a word
 * run of the index: only runs that are a group noun's first word are tried (most texts hold a few).
 * (A match that passes over a place a match could start, hiding it, is only `super PAC` over `PAC`.)
 */
export function groupNouns(text: string, words: WordIndex): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const opens = (at: number) => !(at > 0 && WORD_BEFORE.test(text[at - 1]));
  if (words.otherLetters) {
    for (const m of text.matchAll(GROUP_NOUN)) if (opens(m.index)) out.push(m);
    return out;
  }
  const { count, starts, hashes } = words;
  for (let r = 0; r < count; r++) {
    if (!FIRST_WORDS.mayHave(hashes[r])) continue;
    const at = starts[r];
    if (!opens(at)) continue;
    GROUP_NOUN_AT.lastIndex = at;
    const m = GROUP_NOUN_AT.exec(text);
    if (!m) continue;
    if (m[0] === 'PAC' && at >= 6) {
      GROUP_NOUN_AT.lastIndex = at - 6;
      if (GROUP_NOUN_AT.exec(text)?.[0] === 'super PAC') continue;
    }
    out.push(m);
  }
  return out;
}

/** Named organisations in text order; a name found twice is given at each place. */
export function findOrganisations(text: string, words: WordIndex = indexWords(text)): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  const push = (start: number, end: number) => {
    const org = trimmed(start, text.slice(start, end), text.slice(Math.max(0, start - 4), start));
    if (org) out.push(org);
  };
  const heads = [...text.matchAll(HEAD)];
  for (let i = 0; i < heads.length; i++) {
    const m = heads[i];
    // `Union League`: the name runs on to the next head.
    const next = heads[i + 1];
    if (next && next.index - (m.index + m[0].length) < 60 && RUN_ON.test(text.slice(m.index + m[0].length, next.index))) continue;
    const before = m.index > 0 && text[m.index - 1] === ' ' ? wordsEndingAt(text, m.index - 1, MAX_WORDS) : m.index;
    const start = before < m.index - 1 ? before : m.index;
    COMPLEMENT.lastIndex = m.index + m[0].length;
    const complement = COMPLEMENT.exec(text);
    push(start, complement ? COMPLEMENT.lastIndex : m.index + m[0].length);
  }
  for (const m of groupNouns(text, words)) {
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    // `Secure America Now, a conservative group`
    const description = DESCRIPTION_BEFORE_NOUN.exec(lead);
    if (description) {
      const nameEnd = m.index - lead.length + description.index;
      const start = wordsEndingAt(text, nameEnd, MAX_WORDS);
      if (start < nameEnd) push(start, nameEnd);
    }
    // `the advocacy group Secure America Now`
    if (LOWER_WORDS_BEFORE_NOUN.test(lead)) {
      NAME_AFTER.lastIndex = m.index + m[0].length;
      const after = NAME_AFTER.exec(text);
      if (after) push(NAME_AFTER.lastIndex - after[1].length, NAME_AFTER.lastIndex);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
