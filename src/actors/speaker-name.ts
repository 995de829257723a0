// The name of someone new to the article, read from what the quote stage gives as a speaker:
// a person's name (`Susan Rice` from `Adviser Susan Rice`, `Rachel Maddow` from `MSNBC’s Rachel
// Maddow`, `Louise M. Slaughter` from `Representative Louise M. Slaughter of New York`) or an
// organisation's (`Tulsa Police Department`). Descriptions (`The Florida senator`, `Nine in 10
// Democratic voters`) and phrases that ran past the name (`President Trump stood firm Friday`,
// `Flynn’s Life`) are nobody new: the speaker is kept, but no actor is made up from it.
import type { Gender } from '../quotes/gender.js';
import { findTitledPeople, looksLikeOrganisation } from './titled-people.js';
import { isTitleWord, NOT_A_PERSON_LAST } from '../quotes/people.js';
import { generationWord } from '../generations.js';

const TOKEN = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*\p{L}|(?:al|el|bin|ibn|de|van|von|da|di|la|le|du)(?:-\p{Lu}[\p{L}'’-]*)?)$/u;
// Capitalised words that open a sentence, a description or a title, never a name.
const NOT_FIRST = new Set(
  'The A An This That These Those When While Though Although As If But And Or After Before Since His Her Their Its Our My Some Many Several Other One Two Top Former Presumptive Judge Justice Adviser Advisor Aide Chairman Chairwoman Senator Sen. Rep. Gov. Governor Representative President Secretary Director Officer Agent Detective Sheriff Mayor Speaker Leader Minister General Gen. Dr. Mr. Mrs. Ms. Rev. Professor Prof. Spokesman Spokeswoman Attorney Commissioner Chief'.split(' '),
);

const ARTICLE = /^(?:A|An)$/;
const TITLE = new Set('Judge Justice Professor Prof. Dr. Senator Sen. Rep. Gov. Governor Mayor Sheriff Detective General Gen. Rev.'.split(' '));

export type NewSpeaker = { kind: 'person' | 'group'; name: string };

/**
 * The trailing run of name tokens (at least two). After a prefix (`CNN’s`, `Adviser`) the run must
 * open with a known first name: `MSNBC’s Rachel Maddow` is a person, `Cleveland's Plain Dealer` not.
 */
function trailingName(tokens: string[], firstNames: ReadonlyMap<string, Gender> | undefined): string | null {
  let i = tokens.length;
  while (i > 0 && (TOKEN.test(tokens[i - 1]) || generationWord(tokens[i - 1]) !== null) && !/['’]s$/.test(tokens[i - 1])) i--;
  const from = i;
  while (i < tokens.length && (NOT_FIRST.has(tokens[i]) || (isTitleWord(tokens[i]) && i < tokens.length - 2))) i++;
  // `Affairs Phil Smith`, `Security Jeh Johnson`: what is left of a title before a known first name.
  for (let k = i + 1; k < tokens.length - 1 && !firstNames?.has(tokens[i].toLowerCase()) && !/^\p{Lu}\.$/u.test(tokens[i]); k++) {
    if (firstNames?.has(tokens[k].toLowerCase())) {
      i = k;
      break;
    }
  }
  const run = tokens.slice(i);
  // `Professor Alba`, `Justice Scalia`: a title and a surname name a person too.
  if (run.length === 1 && i - from === 1 && TITLE.has(tokens[from]) && /\p{Ll}/u.test(run[0])) return `${tokens[from]} ${run[0]}`;
  // (An article ending the name is a name: `Nguyen Van An`.)
  if (run.length < 2 || !run.some((t) => /\p{Ll}/u.test(t)) || /^\p{Lu}{2,}/u.test(run[0]) || run.some((t, k) => k > 0 && NOT_FIRST.has(t) && !(k === run.length - 1 && ARTICLE.test(t)))) return null;
  if (i > 0 && !firstNames?.has(run[0].toLowerCase()) && !/^\p{Lu}\.$/u.test(run[0])) return null;
  return run.join(' ');
}

/** Capitalised words (and the small words of a body's name), ending in a body's head word. */
const isOrganisationName = (name: string, headLast = true) => (!headLast || looksLikeOrganisation(name)) && name.split(/\s+/).every((t) => /^\p{Lu}/u.test(t) || /^(?:of|for|and|the|on)$/.test(t));

export function newSpeakerName(raw: string, firstNames?: ReadonlyMap<string, Gender>): NewSpeaker | null {
  // `Department of Energy` is a body's whole name; `Louise M. Slaughter of New York` says where
  // a person is from.
  const whole = raw.trim();
  const head = /^(?:The\s+)?(.+?)\s+of\s+\p{Lu}/u.exec(whole)?.[1];
  if (head && !/\d/.test(whole) && isOrganisationName(whole.replace(/^The\s+/, ''), false)) {
    // (So is `Communications Workers of America`: two capitalised words or more before `of` that no
    // first name or title opens.)
    const first = head.replace(/\s.*$/, '');
    if (isOrganisationName(head) || (/\s/.test(head) && !firstNames?.has(first.toLowerCase()) && !isTitleWord(first) && !NOT_FIRST.has(first))) return { kind: 'group', name: whole };
  }
  const name = whole.replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.\s-]*$/u, '');
  // A pronoun no name was found for (`I`, read as an acronym) names no new actor.
  if (/\d/.test(name) || /^(?:I|We|You|He|She|It|They)$/.test(name)) return null;
  const bare = name.replace(/^The\s+/, '');
  if (!/^\p{Lu}/u.test(name)) return null;
  if (isOrganisationName(bare)) return { kind: 'group', name };
  // `The Islamic State`, `The Florida senator`: with an article, no person's name.
  if (bare !== name) return null;
  const titled = findTitledPeople(name).find((t) => t.end === name.length);
  if (titled && /\s/.test(titled.name)) return { kind: 'person', name: titled.name };
  const tokens = name.split(/\s+/);
  // Only names: a lower-case word means the phrase ran on past the name or is a description.
  if (tokens.some((t) => /^\p{Ll}/u.test(t) && !TOKEN.test(t))) return null;
  const person = trailingName(tokens, firstNames);
  // (`Senate Republicans`, `Wall Street`: a group's, a body's or a place's head word ends no
  // person's name; with no title before it, read as the quote stage reads names.)
  return person && !looksLikeOrganisation(person) && !NOT_A_PERSON_LAST.has(tokens[tokens.length - 1].toLowerCase()) ? { kind: 'person', name: person } : null;
}
