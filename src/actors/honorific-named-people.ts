// People the registry does not know, whom no title introduces and no common first name marks, but
// whom the article later calls by an honorific and their surname (`When Kashiya Nwanguma learned …
// Ms. Nwanguma, 21, …`): a capitalised word right before that surname elsewhere is the given name.
import { MONTHS, WEEKDAYS } from '../calendar-words.js';
import { isTitleWord } from '../quotes/people.js';
import { DETERMINERS, SENTENCE_OPENERS } from '../quotes/words.js';
import { wholeWordOccurrences } from '../whole-words.js';
import type { WordIndex } from '../word-runs.js';
import { hasBodyHead, namedAfter, type TitledPerson } from './titled-people.js';

const HONORIFIC_SURNAME = /(?<![\p{L}.])(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+(\p{Lu}\p{Ll}[\p{L}-]*)(?![\p{L}])/gu;
/** A capitalised word of letters one space before the end: the given name before the surname. */
const GIVEN_BEFORE = /(?:^|[^\p{L}.’'-])(\p{Lu}\p{Ll}+)[^\S\n]$/u;
/** Capitalised words on either side of the pair make a longer name or a title-case line
 *  (`Syed Rizwan Farook`, `Feds Subpoena Christie Campaign`), unless the word before opens the sentence. */
const CAPITAL_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.’'-]*)[^\S\n]+$/u;
const CAPITAL_AFTER = /^[^\S\n]+\p{Lu}/u;
const NOT_GIVEN = new RegExp(`^(?:${WEEKDAYS}|${MONTHS}|To|With|As|At|In|On|For|From|By|Of|Fort|Mount|Port|Lake|Cape|Camp|Saint|San|Santa|Los|Las|New|North|South|East|West|Great|Little|Old|Upper|Lower|Capitol|Team|Club)$`);
const PARTICLES = new Set(['Van', 'Von', 'De', 'Del', 'Da', 'Di', 'Du', 'La', 'Le', 'Al', 'El', 'Bin', 'Ibn']);

const opener = (word: string) => NOT_GIVEN.test(word) || SENTENCE_OPENERS.has(word.toLowerCase()) || DETERMINERS.has(word.toLowerCase());

/** `firstNames`: a given name the names lexicon knows is found by findFirstNamedPeople already. */
export function findHonorificNamedPeople(text: string, firstNames: ReadonlyMap<string, unknown> | undefined, words?: WordIndex): TitledPerson[] {
  const surnames = new Set<string>();
  for (const m of text.matchAll(HONORIFIC_SURNAME)) if (!PARTICLES.has(m[1])) surnames.add(m[1]);
  if (!surnames.size) return [];
  const out: TitledPerson[] = [];
  for (const [surname, starts] of wholeWordOccurrences(text, surnames, words)) {
    for (const at of starts) {
      const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
      if (!given) continue;
      const first = given[1];
      const from = at - first.length - 1;
      if (opener(first) || isTitleWord(first) || isTitleWord(first.replace(/s$/, '')) || firstNames?.has(first.toLowerCase())) continue;
      const before = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, from - 30), from))?.[1];
      // (`When Kashiya Nwanguma learned`: a word opening the sentence may stand before the name.)
      if ((before && !opener(before)) || CAPITAL_AFTER.test(text.slice(at + surname.length, at + surname.length + 3))) continue;
      const name = `${first} ${surname}`;
      if (hasBodyHead(name) || namedAfter(name)) continue;
      out.push({ start: from, end: at + surname.length, name, role: null, affiliation: null, via: 'first-name' });
    }
  }
  return out;
}
