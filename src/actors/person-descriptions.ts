// How an article describes the people it names, which is how an outlet labels them: the words
// before a name that say who the person is (`billionaire Michael Bloomberg`, `former New York City
// Mayor Michael Bloomberg`, `Trump adviser Kellyanne Conway`, `the House majority leader, Eric
// Cantor,`) and an appositive after it (`Kevin Sheekey, a longtime adviser to Mr. Bloomberg,`). A
// description is found by its head, a noun for one person (`billionaire`, `adviser`, `senator`);
// the words before the head are kept while they are modifiers a reader can check (capitalised
// words, adjectives, a list of noun modifiers), so a verb before the head (`Democrats attacked
// billionaire …`) ends it. Later definite descriptions that point back at one of them are
// description-references.ts's.
import type { Description, Mention } from '../types.js';
import { TITLES } from '../quotes/words.js';
import { endsSentence, HONORIFICS, IS_WORD, isAdjective, isModifier, isPersonHead, joined, lastWordBefore, norm, PARTY_HEADS, POSSESSIVE, STOP, tokens, UPPER_FIRST, type Token } from './description-words.js';

type Draft = Omit<Mention, 'segment'>;
type PersonDescription = Omit<Description, 'segment' | 'voice'>;

const ACRONYM = /^\p{Lu}[\p{Lu}.&-]+$/u;
const HONORIFIC_FIRST = /^(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s/;
const NAME_START = /^(?!The\s)\p{Lu}/u;

/** `the conservative Mr. Lieberman`: the lower-case modifiers between `the` and the honorific that
 *  starts at `at` (toks end before it). */
function adjectivesBefore(text: string, toks: Token[], at: number): { start: number; end: number } | null {
  const h = toks.length;
  if (h < 2 || !/^[ \t\u00a0]+$/.test(text.slice(toks[h - 1].end, at))) return null;
  let first = h;
  for (let k = h - 1; k >= 1 && h - k <= 3 && (k === h - 1 || joined(text, toks[k], toks[k + 1])) && IS_WORD.test(toks[k].text) && isAdjective(toks[k].text); k--) first = k;
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
  // (`the`, a possessive pronoun, or a name's possessive opens it: `their party’s Senate nominee,
  // Roy Moore,`, `Alabama’s Senate nominee, Roy Moore,`.)
  const opened = (toks[first - 1] && DETERMINER_BEFORE_COMMA.test(toks[first - 1].text)) || (POSSESSIVE.test(toks[first].text) && UPPER_FIRST.test(toks[first].text) && first < h);
  return opened ? { start: toks[first].start, end: toks[h].end } : null;
}

/** The description before the name at `at`: `former New York City Mayor` before `Michael Bloomberg`. */
function describedBefore(text: string, at: number, honorific: boolean): { start: number; end: number } | null {
  // Most names have no description before them (`said Trump`): the word right before decides
  // whether the window is read at all (a head, a bracket, or a capitalised word of `Secretary of State`).
  if (!honorific) {
    const last = lastWordBefore(text, Math.max(0, at - 40), at);
    if (last === null || !(last === ')' || UPPER_FIRST.test(last) || isPersonHead(last))) return null;
  }
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
    // `celebrity photographer and director Tyler Shields`: two heads joined, one description.
    if (w === 'and' && k > 1 && !UPPER_FIRST.test(toks[k - 1].text) && isPersonHead(toks[k - 1].text) && joined(text, toks[k - 1], toks[k])) {
      first = k;
      continue;
    }
    if (!IS_WORD.test(w) || endsSentence(w) || !isModifier(w)) break;
    first = k;
    if (POSSESSIVE.test(w)) break;
  }
  return { start: toks[first].start, end: head.end };
}

const DETERMINER_BEFORE_COMMA = /^(?:the|their|his|her|its|our)$/i;
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)$/;
// A name, maybe with its state or city after `of` (`Senator Harry Reid of Nevada, the …`), a comma
// and an article.
const APPOSITIVE_OPEN = /^(?:[ \t\u00a0]+of[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*){0,2})?,[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?/u;
const OF_AFTER = /^[ \t\u00a0]+of[ \t\u00a0]/;
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
  // (A comma right after the name, or ` of ` before its state: else no appositive follows.)
  if (text.charCodeAt(at) !== 44 && !OF_AFTER.test(text.slice(at, at + 5))) return null;
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

/** The descriptions set beside the people named in `drafts` (names, titles, surnames; not
 *  pronouns), in text order. */
export function describePeople(text: string, drafts: readonly Draft[], people: ReadonlySet<string>, headline: { start: number; end: number } | null): PersonDescription[] {
  // Names only: not `the president` (a bare title), which `the woman the president beat` follows.
  const named = drafts.filter((d) => people.has(d.actor) && d.resolvedBy !== 'pronoun' && d.resolvedBy !== 'description' && NAME_START.test(d.text)).sort((a, b) => a.start - b.start);
  const descriptions: PersonDescription[] = [];
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
    }
  }
  descriptions.sort((a, b) => a.start - b.start);
  return descriptions;
}
