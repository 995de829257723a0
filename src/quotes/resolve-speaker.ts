// Turns a speaker phrase into a Speaker: a surname into the full name the article gives, a
// pronoun into the person the previous sentences are about, and a definite description
// (`Iran’s top national security official`) into the named person whose role it matches.
import { generationOf } from '../generations.js';
import { firstStartingAt, spanIndexAt } from '../spans.js';
import type { Speaker, SpeakerResolution, Span } from '../types.js';
import { isTitleWord, NOT_A_PERSON_LAST, resolvePerson, roleOf, withSurname, type Person } from './people.js';
import { genderOfWord, isObjectPronoun, pronounGender, type Gender } from './gender.js';
import { clauseSubject, isSpeakerLike, isSpeakerNoun, speakerStart, type SpeakerNP } from './speaker-np.js';
import { tokenize } from './tokens.js';
import { narrationPronouns, personDescriptions, type NarrationPronoun } from './narration-pronouns.js';
import { notTheReferent } from './not-the-referent.js';
import { forEachHyphenRun, indexWords, type WordIndex } from '../word-runs.js';
import { WordFilter } from '../word-filter.js';
import { DEMONYMS, DETERMINERS, TITLES } from './words.js';
import { isBlankOrOpeners } from './blank.js';
import type { HeadlineNames } from '../headline-names.js';

export interface PersonMention {
  start: number;
  end: number;
  person: Person;
}

export interface ArticleContext {
  text: string;
  people: Person[];
  /** Every full-name and surname mention of the people, in text order. */
  mentions: PersonMention[];
  sentences: Span[];
  /** Quoted stretches (content spans): names inside them are never antecedents. */
  quoted: { start: number; end: number }[];
  /** The gender a reader assumes for each person (by full name), where anything says. */
  genders?: Map<string, Gender>;
  /** Surnames (lower case) of the people quoted by name: they are people, not places or programmes. */
  speakers?: Set<string>;
  /** The speaker phrases of the article's cues, sorted: the speaker of a sentence is its most
   * salient person (`Trump, Sexton said, has created …`). */
  speakerSpans?: { start: number; end: number }[];
  /** One-word names of states, lower case: `to Britain Liu Xiaming` names Liu Xiaming. */
  places?: ReadonlySet<string>;
  /** First names, lower case (the names lexicon's). */
  firstNames?: ReadonlyMap<string, unknown>;
  /** What the article's text confirms of names read in its title-case headline. */
  headlineNames?: HeadlineNames | null;
}

const PERSON_HEADS = new Set(['official', 'diplomat', 'adviser', 'advisor', 'aide', 'head', 'negotiator', 'envoy', 'lawmaker', 'politician', 'cleric', 'strategist']);
const GENERIC = new Set(['top', 'senior', 'high-ranking', 'former', 'current', 'official', 'officials', 'of', 'and', 'in', 'for', 'on', 'at']);
/** A role's words as a description says them: `Sen. Tom Cotton` is `the senator`, `Rep. Jim
 * Jordan` `the congressman`. */
const ROLE_WORD = new Map(
  'sen:senator rep:representative congressman:representative congresswoman:representative gov:governor gen:general lt:lieutenant col:colonel capt:captain sgt:sergeant adm:admiral cmdr:commander prof:professor supt:superintendent atty:attorney amb:ambassador sec:secretary pres:president rev:reverend'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
const ROLE_NOUNS = new Set(ROLE_WORD.values());
const words = (s: string) =>
  s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !DETERMINERS.has(w)).map((w) => ROLE_WORD.get(w) ?? w);

const WORD_CHAR = /[\p{L}\p{N}-]/u;
const WORD_RUN = /[\p{L}\p{N}-]+/gu;
const FIRST_RUN = /^[\p{L}\p{N}]+/u;

/** Full-name mentions plus every other mention of a known surname (`Shamkhani`). One pass over
 * the text's words (its word index, shared with the actor stage): each word that may start a
 * surname is looked up among the surnames that start with it. */
export function indexMentions(text: string, people: Person[], words: WordIndex = indexWords(text)): PersonMention[] {
  const mentions: PersonMention[] = people.map((p) => ({ start: p.start, end: p.end, person: p }));
  const byStart = new Set(people.map((p) => p.start + p.name.length - p.name.slice(p.name.lastIndexOf(' ') + 1).length));
  // A surname may hold characters that end a word here (`O’Malley`): key it by its first word.
  const byFirstWord = new Map<string, string[]>();
  for (const surname of new Set(people.map((p) => p.name.slice(p.name.lastIndexOf(' ') + 1)))) {
    const key = WORD_RUN.exec(surname)?.[0];
    WORD_RUN.lastIndex = 0;
    if (!key || !surname.startsWith(key)) continue;
    const list = byFirstWord.get(key);
    if (list) list.push(surname);
    else byFirstWord.set(key, [surname]);
  }
  if (byFirstWord.size === 0) return mentions;
  const visit = (at: number, wordEnd: number) => {
    for (const surname of byFirstWord.get(text.slice(at, wordEnd)) ?? []) {
      const end = at + surname.length;
      if (!text.startsWith(surname, at) || (end < text.length && WORD_CHAR.test(text[end])) || byStart.has(at)) continue;
      const person = resolvePerson(people, [surname], at);
      if (person) mentions.push({ start: at, end, person });
    }
  };
  // (A first word opening with `-` is never a hyphen run's start in the word index.)
  const keys = [...byFirstWord.keys()];
  if (keys.some((k) => k.startsWith('-'))) for (const m of text.matchAll(WORD_RUN)) visit(m.index, m.index + m[0].length);
  else forEachHyphenRun(text, words, new WordFilter(keys.map((k) => FIRST_RUN.exec(k)![0])), visit);
  return mentions.sort((a, b) => a.start - b.start);
}

const inside = (ranges: { start: number; end: number }[], pos: number) => spanIndexAt(ranges, pos) >= 0;

/** The person a pronoun at pos refers to: the first person named (outside quotes) in the nearest
 * earlier stretch of text, sentence by sentence (the subject usually comes first), who agrees with
 * the pronoun's gender where the person's is known. A narration `he`/`she` on the way stands for
 * the person it was resolved to; people the pronoun's own clause or quote names are not it. */
export function antecedent(ctx: ArticleContext, pos: number, want?: Gender): Person | null {
  const chain = chainOf(ctx);
  const k = firstStartingAt(chain.pronouns, pos);
  if (chain.pronouns[k]?.start === pos && (!want || chain.pronouns[k].gender === want)) return resolvedPronoun(ctx, chain, k);
  return resolveAt(ctx, pos, want);
}

function resolveAt(ctx: ArticleContext, pos: number, want?: Gender): Person | null {
  const not = notTheReferent(ctx, pos);
  // A capitalised run nothing marks as a person (`Head Start`) is passed over while anyone else fits.
  // A run of sentences about one person (`he was embittered …; what he saw …`) may name them
  // further back: then the nearest person marked as of the pronoun's gender, a few paragraphs up.
  return nearestPerson(ctx, pos, want, not, true) ?? nearestPerson(ctx, pos, want, not, false) ?? (want ? nearestPerson(ctx, pos, want, not, true, 20) : null);
}

interface Chain {
  pronouns: NarrationPronoun[];
  /** The person each pronoun was resolved to (null: nobody), filled in text order up to `done`. */
  resolved: (Person | null)[];
  done: number;
}
const chains = new WeakMap<ArticleContext, Chain>();
function chainOf(ctx: ArticleContext): Chain {
  let chain = chains.get(ctx);
  if (!chain) {
    const links = [...narrationPronouns(ctx.text, ctx.quoted), ...personDescriptions(ctx.text, ctx.quoted)].sort((a, b) => a.start - b.start);
    chains.set(ctx, (chain = { pronouns: links, resolved: [], done: 0 }));
  }
  return chain;
}

/** The person the k-th narration pronoun refers to. Pronouns are resolved in text order, each
 * once, so that one resolution reads the ones before it without recursion. */
function resolvedPronoun(ctx: ArticleContext, chain: Chain, k: number): Person | null {
  while (chain.done <= k) {
    const p = chain.pronouns[chain.done];
    // `the admiral` is the person the article gave that title, else whom the text is about there.
    chain.resolved[chain.done] = p.description ? describedPerson(ctx, p) : resolveAt(ctx, p.start, p.gender);
    chain.done++;
  }
  return chain.resolved[k];
}

/** `Bernie Sanders, the independent Vermont senator`: the person named right before a
 * description set off by a comma. */
function appositiveOf(ctx: ArticleContext, np: SpeakerNP): Person | null {
  const k = firstStartingAt(ctx.mentions, np.start) - 1;
  const mention = ctx.mentions[k];
  if (!mention || !APPOSITIVE_GAP.test(ctx.text.slice(mention.end, np.start))) return null;
  // A description of one person (`a Democratic pollster`, `the executive director of …`), not
  // `the White House`, `43` or `the Post` opening a clause of their own.
  const head = PERSON_HEAD.exec(np.text)?.[1];
  return head && (TITLES.has(head) || PERSON_HEADS.has(head) || ROLE_NOUNS.has(head)) ? mention.person : null;
}
// A comma or a dash between a name and its description (`Enter Ms. Lauten — a former aide who …`).
const APPOSITIVE_GAP = /^\s*(?:,|—|–|--)\s+$/;
const CUE_RIGHT_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|say|told|tells|added|adds|noted|notes|wrote|writes|argued|explained|insisted|warned|claimed|stated|acknowledged)\b/u;
/** np, not anonymous (field by field: see changedNP). */
const named = (np: SpeakerNP): SpeakerNP => ({ start: np.start, end: np.end, text: np.text, type: np.type, nameWords: np.nameWords, anonymous: false, role: np.role });
/** The lower-case word a description ends in, or ends in before `of`, `for`, `to`, `at`, `in`. */
const PERSON_HEAD = /^(?:[\p{L}\p{N}.’'-]+\s+)*?(\p{Ll}[\p{Ll}-]*)(?:\s+(?:of|for|to|at|in|from)\s.*)?$/su;

/** The person the article gave a description's role (see byDescription); not for `a Democratic
 * senator said` (someone the article does not name: `a pollster` names one only in apposition),
 * nor for a bare title joined to another (`Minnesota congresswoman and now-GOP presidential
 * candidate Michele Bachmann`, `The former first lady and U.S. senator`). */
function describedByRole(ctx: ArticleContext, np: SpeakerNP): Person | null {
  if (INDEFINITE.test(np.text)) return null;
  if (!DEFINITE.test(np.text) && (AND_BEFORE.test(ctx.text.slice(Math.max(0, np.start - 5), np.start)) || AND_AFTER.test(ctx.text.slice(np.end, np.end + 5)))) return null;
  return byDescription(ctx, np.text, np.start)?.person ?? null;
}
const INDEFINITE = /^(?:an?|another|one)\s/i;
/** `the …`, or a possessive: `Iran’s top security official`. */
const DEFINITE = /^(?:the\s|[\p{L}.-]+[’']s?\s)/iu;
const AND_BEFORE = /\band\s+$/;
const AND_AFTER = /^\s+and\s/;

/** `Marco Rubio says … \n\nThe Florida senator is predicting …`, `“…,” the senator said`: a
 * definite description standing as its clause's subject is linked like a narration pronoun;
 * null when the speaker phrase is not one. */
function describedSubject(ctx: ArticleContext, np: SpeakerNP): Person | null {
  const chain = chainOf(ctx);
  const k = firstStartingAt(chain.pronouns, np.start);
  const link = chain.pronouns[k];
  // The whole phrase is the description (`the senator’s allies` is not the senator).
  if (link?.start !== np.start || link.description !== np.text) return null;
  return resolvedPronoun(ctx, chain, k);
}

/** The person a definite description is about: the person the text is about there (the nearest
 * person something marks as one, as for a pronoun), unless the article gave someone named before
 * it that role in more words than one (`Florida Sen. Marco Rubio` for `the Florida senator`),
 * or the nearest person holds another role: then the one with the role (see byDescription). No nearest person for one
 * who speaks for or to others (`the spokesman`, `the moderator`). Nobody when the description
 * came first with `a` and no name since (`an organizer … “…,” the organizer told them`). */
function describedPerson(ctx: ArticleContext, link: NarrationPronoun): Person | null {
  const description = link.description!;
  const head = description.slice(description.lastIndexOf(' ') + 1).toLowerCase();
  if (introducedUnnamed(ctx, head, link.start)) return null;
  // (Only a person something marks as one: the nearest capitalised run would make `the
  // candidate` of `the so-called Ferguson Effect`.)
  const nearest = SPEAKS_FOR_OTHERS.has(head) || FOR_OTHERS_PHRASE.test(description) ? null : nearestPerson(ctx, link.start, link.gender, notTheReferent(ctx, link.start), true);
  const role = byDescription(ctx, description, link.start, nearest !== null);
  // (`Senator Jane Smith spoke. The judge said`: a senator is no judge, so nobody the article names.)
  if (nearest && otherOffice(ctx, nearest, head)) return role && role.person.start < link.start ? role.person : null;
  if (!role || !nearest || role.person === nearest) return nearest ?? role?.person ?? null;
  // (`the president said` is the one the article titled President, not the person it was about
  // just before, whom it gave no role: `Michael T. Flynn … As he left, the president said`.)
  const office = ONE_HOLDER.has(role.head) && ONE_WORD_OFFICE.test(description) && roleWords(ctx, nearest) === null && role.person.start < link.start;
  return role.score >= 2 || office || otherRole(ctx, nearest, role.head) ? role.person : nearest;
}
/** Offices one person holds at a time in a story, so a bare `the president` is its holder. */
const ONE_HOLDER = new Set(['president', 'pope', 'king', 'queen', 'chancellor']);
const ONE_WORD_OFFICE = /^the\s+\p{L}+$/iu;
/** `the campaign manager`, `the press secretary` speak for someone else (`the Arsenal manager`
 * for himself). */
const FOR_OTHERS_PHRASE = /\b(?:campaign|press|communications)\s+(?:manager|director|secretary|chief)$/i;
const SPEAKS_FOR_OTHERS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'rep', 'representative', 'publicist', 'official', 'aide', 'adviser', 'advisor', 'strategist', 'pollster', 'lawyer', 'attorney', 'staff', 'counsel', 'consultant', 'columnist', 'correspondent', 'reporter', 'editor', 'moderator', 'interviewer', 'announcer', 'narrator']);

/** Whether the person's role, as the article gives it, lacks the description's head (`the
 * senator` is not `Gov. Chris Christie`). */
function otherRole(ctx: ArticleContext, person: Person, head: string): boolean {
  const role = roleWords(ctx, person);
  return role !== null && !role.includes(head);
}

/** Offices no one holds two of in a story: a description naming one is not a person the article
 *  gave another (`the judge` is not `Sen. Jane Smith`). */
const OFFICES = new Set(['judge', 'senator', 'representative', 'governor', 'mayor', 'president', 'general', 'admiral', 'sheriff', 'bishop', 'pope', 'king', 'queen', 'chancellor', 'ambassador', 'coach']);
function otherOffice(ctx: ArticleContext, person: Person, head: string): boolean {
  const office = ROLE_WORD.get(head) ?? head;
  if (!OFFICES.has(office)) return false;
  const role = roleWords(ctx, person);
  return role !== null && !role.includes(office) && role.some((w) => OFFICES.has(w));
}

/** The words of the role the article gives a person; null for none, or only `Mr.`, `Dr.`. */
function roleWords(ctx: ArticleContext, person: Person): string[] | null {
  const role = person.role ?? roleOf(ctx.people, person.name);
  const all = role ? words(role).filter((w) => !HONORIFICS.has(w)) : [];
  return all.length ? all : null;
}
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'doctor']);

/** `an organizer` within the ~800 characters before `the organizer`, and no person named
 * since (`A Philippine lawmaker … Joey Salceda … The lawmaker` is Salceda). Not in apposition or
 * as a predicate: `Sanders, a senator`, `is a senator`. */
function introducedUnnamed(ctx: ArticleContext, head: string, pos: number): boolean {
  if (!/^[\p{L}-]+$/u.test(head)) return false;
  const from = Math.max(0, pos - 800);
  const window = ctx.text.slice(from, pos);
  let last = -1;
  INTRODUCING.lastIndex = 0;
  for (let m = INTRODUCING.exec(window); m; m = INTRODUCING.exec(window)) {
    const end = headWithin(window, INTRODUCING.lastIndex, head);
    if (end >= 0) last = from + end;
  }
  if (last < 0) return false;
  // (A person named since: someone the article marks as one, not `Des Moines`.)
  for (let k = firstStartingAt(ctx.mentions, last); k < ctx.mentions.length && ctx.mentions[k].start < pos; k++) {
    const person = ctx.mentions[k].person;
    if (person.role || ctx.genders?.has(person.name)) return false;
  }
  return true;
}
// One pattern for every head, compiled once (a pattern per head word was compiled per call).
const INTRODUCING = /(?<!,\s|\b(?:is|was|as|be|been|became)\s)\b(?:an?|another|one)\s+/giu;
const WORD_AT = /[\p{L}-]+/uy;
const SPACE_AT = /\s+/y;

/** Where `head` ends when one of the three words from `at` starts with it as a whole word (`an
 *  [Iowa] [county] organizer`), the furthest if several; else -1. */
function headWithin(s: string, at: number, head: string): number {
  let found = -1;
  for (let n = 0; n < 3; n++) {
    WORD_AT.lastIndex = at;
    const w = WORD_AT.exec(s);
    if (!w) break;
    // (`senator-elect` has the head `senator` too.)
    const after = at + head.length;
    if (s.slice(at, after).toLowerCase() === head && !/\w/.test(s[after] ?? '')) found = after;
    SPACE_AT.lastIndex = at + w[0].length;
    if (!SPACE_AT.exec(s)) break;
    at = SPACE_AT.lastIndex;
  }
  return found;
}

function nearestPerson(ctx: ArticleContext, pos: number, want: Gender | undefined, not: ReadonlySet<string>, marked: boolean, reach = 6): Person | null {
  const si = firstStartingAt(ctx.sentences, pos + 1) - 1;
  const chain = chainOf(ctx);
  for (let s = si, hops = 0; s >= 0 && hops < reach; s--, hops++) {
    const from = s >= 0 ? ctx.sentences[s].start : 0;
    // `The problem with Glass-Steagall, she said, is …`: what comes before a cue set off by a comma
    // is what was said, not who said it.
    // (Not after an opening clause: in `When Ashraf Ghani announced the swap, he said …` Ghani is the
    // first person the sentence names.)
    const to = s !== si ? ctx.sentences[s].end : PARENTHETICAL_BEFORE.test(ctx.text.slice(Math.max(from, pos - 3), pos)) && !OPENING_CLAUSE.test(ctx.text.slice(from, Math.min(pos, from + 20))) ? from : pos;
    let first: Person | null = null;
    let k = firstStartingAt(ctx.mentions, from);
    let j = firstStartingAt(chain.pronouns, from);
    // Mentions and narration pronouns of the sentence, merged in text order.
    for (;;) {
      const mention = k < ctx.mentions.length && ctx.mentions[k].start < to ? ctx.mentions[k] : null;
      const pronoun = j < chain.pronouns.length && chain.pronouns[j].start < to ? chain.pronouns[j] : null;
      if (!mention && !pronoun) break;
      let person: Person | null = null;
      let at: number;
      if (pronoun && (!mention || pronoun.start < mention.start)) {
        at = pronoun.start;
        if (!want || !pronoun.gender || pronoun.gender === want) person = resolvedPronoun(ctx, chain, j);
        const g = person && ctx.genders?.get(person.name);
        if (want && g && g !== want) person = null;
        j++;
      } else {
        at = mention!.start;
        person = candidate(ctx, k, from, want, marked);
        k++;
      }
      if (!person || not.has(person.name)) continue;
      if (ctx.speakerSpans && spanIndexAt(ctx.speakerSpans, at) >= 0) return person;
      first ??= person;
    }
    if (first) return first;
  }
  return null;
}

/** The person the k-th mention names, when it can be the antecedent of a pronoun wanting `want`. */
function candidate(ctx: ArticleContext, k: number, from: number, want: Gender | undefined, marked: boolean): Person | null {
  const mention = ctx.mentions[k];
  if (inside(ctx.quoted, mention.start)) return null;
  // `Mrs. Clinton` is the woman of the Clintons the article names, whoever was named last.
  const honorific = genderOfHonorific(ctx.text, mention.start);
  let person = honorific ? sameSurnameOf(ctx, mention.person, honorific) : mention.person;
  let g = honorific ?? ctx.genders?.get(person.name);
  // `Clinton herself said she …`: a surname alone is whichever of the people sharing it the
  // pronouns right after it say.
  if (want && g && g !== want && !honorific && mention.end - mention.start === person.surname.length && pronounAfter(ctx.text, mention.end) === want) {
    person = sameSurnameOf(ctx, person, want);
    g = ctx.genders?.get(person.name);
  }
  if (want && g && g !== want) return null;
  // `The Guardian`, `Our German`: no person is named after a determiner.
  if (THE_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 4), mention.start)) || DETERMINERS.has(person.name.split(' ')[0].toLowerCase())) return null;
  // A full name's mention that a verb follows is someone doing something (`Rhimes declared`).
  const unmarked = !g && !rolesAPerson(person.role) && !ctx.speakers?.has(person.surname) && !(person.name.includes(' ') && VERB_AFTER.test(ctx.text.slice(mention.end, mention.end + 30)));
  // …unless a full name opens its sentence as the subject (`Amadou Magassa, 13, sold water.`).
  if (marked && ctx.speakers && unmarked && !(person.name.includes(' ') && subjectOpening(ctx.text, from, mention.start))) return null;
  // `Growing up in El Paso, Mendoza …`: a name of no known gender after a preposition is a place,
  // and so is a lone word (`Johnnie Wilson, of Springfield, said he …` says nothing of Springfield).
  if ((!g || !person.name.includes(' ')) && PLACE_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 6), mention.start))) return null;
  if (modifiesNext(ctx, k)) return null;
  return person;
}

const PRONOUN_AFTER = /^[^\p{Lu}“"]{0,40}?\b(he|she|his|her|himself|herself)\b/u;
/** The gender of a narration pronoun shortly after pos, before anyone else is named. */
const pronounAfter = (text: string, pos: number): Gender | undefined => {
  const m = PRONOUN_AFTER.exec(text.slice(pos, pos + 60));
  return m ? pronounGender(m[1].replace(/self$/, '')) : undefined;
};
const PARENTHETICAL_BEFORE = /,\s+$/;
const OPENING_CLAUSE = /^\s*(?:(?:but|and|yet|so)\s+)?(?:(?:ever|even|just|only)\s+)?(?:when|whenever|since|after|before|while|although|though|because|once|until|as soon as)\s/i;
// (After a conjunction and a role in lower case too: `But activist Jamal Reed was unimpressed.`)
const CONJUNCTION_AND_ROLE = /^[\s"“‘']*(?:(?:But|And|Yet|Still|So)\s+)?(?:the\s+)?((?:\p{Ll}+\s+){0,2})$/u;
function subjectOpening(text: string, from: number, at: number): boolean {
  if (isBlankOrOpeners(text, from, at)) return true;
  const opening = at - from <= 40 ? CONJUNCTION_AND_ROLE.exec(text.slice(from, at)) : null;
  return opening !== null && opening[1].split(/\s+/).every((w) => !w || isTitleWord(w) || isSpeakerNoun(w));
}
const VERB_AFTER = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|es)\b/u;
const THE_BEFORE = /\bthe\s+$/i;
const THE_OPENS = /^the\s/i;
/** A role marks a person when it holds a title or a noun for someone (`World` before `War II` does not). */
const rolesAPerson = (role: string | undefined) => !!role && role.split(/[^\p{L}.-]+/u).some((w) => w && (isSpeakerNoun(w) || isTitleWord(w)));
const PLACE_BEFORE = /\b(?:in|at|from|near|of|to|outside|across)\s+$/;
const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
const genderOfHonorific = (text: string, at: number): Gender | undefined => {
  const m = HONORIFIC.exec(text.slice(Math.max(0, at - 6), at));
  return m ? (m[1] === 'Mr' ? 'male' : 'female') : undefined;
};

/** The person of this gender among those sharing the surname, by full name where one is given. */
function sameSurnameOf(ctx: ArticleContext, person: Person, gender: Gender): Person {
  if (person.name.includes(' ') && ctx.genders?.get(person.name) === gender) return person;
  const bearers = withSurname(ctx.people, person.surname);
  const firstBare = firstBareUse(bearers);
  for (const p of bearers) if (p.name.includes(' ') && ctx.genders?.get(p.name) === gender && !namedLaterAsRelative(p, firstBare)) return p;
  return person;
}

/** Where the surname is first used alone (`President Trump`), among its bearers in text order. */
function firstBareUse(bearers: readonly Person[]): number {
  for (const p of bearers) if (!p.name.includes(' ')) return p.start;
  return Infinity;
}

/** A son or father named with `Jr.` or `Sr.` only after the surname alone was used is someone
 *  else (`President Trump … Mr. Trump tweeted … Donald Trump Jr.`, named paragraphs later). */
const namedLaterAsRelative = (p: Person, firstBare: number) => p.start > firstBare && generationOf(p.name) !== null;

// `, mother of Benghazi victim `, `, whose 6-year-old son, `: the words between a person and a
// relative named in their appositive or relative clause.
const RELATIVE_IN_APPOSITIVE = /^,\s+(?:[^,.;:"“”]{0,60}?\bof\s+[^,.;:"“”]{0,40}|whose\s+[^,.;:"“”]{0,40}?,?\s+)$/u;

/** `Patricia Smith, mother of Benghazi victim Sean Smith, rejected … “…,” Smith said`, `Mark
 *  Mattioli, whose son, James Mattioli, was killed … Mattioli praised`: a namesake named inside the
 *  appositive or relative clause of another is not the one a lone surname after them means. */
function headOfRelative(ctx: ArticleContext, found: Person): Person {
  const list = withSurname(ctx.people, found.surname);
  // (The list is in text order: a binary search, not a scan, however many bear the surname.)
  const k = firstStartingAt(list, found.start);
  const head = k > 0 && list[k] === found ? list[k - 1] : undefined;
  return head && head.name.includes(' ') && head.name !== found.name && RELATIVE_IN_APPOSITIVE.test(ctx.text.slice(head.end, found.start)) ? head : found;
}

/** How far (UTF-16 units, a paragraph or two) a lone surname two people share stays with the
 *  nearest full name before it. */
const NEAR_FULL_NAME = 600;

/** What the article's full names say of one surname, read once per surname. */
interface Bearers {
  /** Two people the article names in full share it (Bill and Hillary Clinton). */
  shared: boolean;
  /** For each of its mentions, the latest mention of whoever is named in full most often up to
   *  there (the one named first on a tie, as a story names its subject first), among people of a
   *  known gender. */
  leaders: (Person | undefined)[];
  /** The full name shown for it, by the gender asked for ('' for any): see fullNameOf. */
  fullNames: Map<string, string | null>;
}
const bearers = new WeakMap<ArticleContext, Map<string, Bearers>>();
function bearersOf(ctx: ArticleContext, surname: string): Bearers {
  let bySurname = bearers.get(ctx);
  if (!bySurname) bearers.set(ctx, (bySurname = new Map()));
  let found = bySurname.get(surname);
  if (!found) {
    const list = withSurname(ctx.people, surname);
    const firstName = list.find((p) => p.name.includes(' '))?.name;
    const leaders: (Person | undefined)[] = [];
    const counts = new Map<string, number>();
    let best: Person | undefined;
    for (const p of list) {
      if (p.name.includes(' ') && ctx.genders?.has(p.name)) {
        const n = (counts.get(p.name) ?? 0) + 1;
        counts.set(p.name, n);
        if (!best || p.name === best.name || n > counts.get(best.name)!) best = p;
      }
      leaders.push(best);
    }
    bySurname.set(surname, (found = { shared: list.some((p) => p.name.includes(' ') && p.name !== firstName), leaders, fullNames: new Map() }));
  }
  return found;
}

/** `Clinton said`, paragraphs after a lone `Bill Clinton` in a story about Hillary Clinton: of the
 *  people a shared surname names, the one named in full most often before `at`. */
function mostNamedBefore(ctx: ArticleContext, surname: string, at: number): Person | undefined {
  return bearersOf(ctx, surname).leaders[firstStartingAt(withSurname(ctx.people, surname), at) - 1];
}

const PRONOUN_REACH = 200;
const SUBJECT_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|himself|herself)\b/g;
/**
 * The gender of the pronouns around a lone surname, from its sentence's start to the next person
 * named after it, outside quotes, when they all agree (`In her 2003 book, Clinton noted`,
 * `Clinton claimed that she had …`): so a surname two people share is the one of that gender.
 * An object pronoun is someone else (`Clinton, without naming him, …`).
 */
function pronounsAround(ctx: ArticleContext, np: SpeakerNP): Gender | undefined {
  const s = spanIndexAt(ctx.sentences, np.start);
  if (s < 0) return undefined;
  const next = ctx.mentions[firstStartingAt(ctx.mentions, np.end)];
  // (Read within PRONOUN_REACH of the surname: a sentence of any length costs the same.)
  const to = Math.min(ctx.sentences[s].end, next ? next.start : Infinity, np.end + PRONOUN_REACH);
  let found: Gender | undefined;
  // (Searched in the stretch cut out, not the text from `from` on: with no pronoun before `to`, a
  // search of the text would run to its end, once per surname. A character either side keeps `\b`
  // as it is in the text.)
  const from = Math.max(ctx.sentences[s].start, np.start - PRONOUN_REACH);
  const cut = Math.max(0, from - 1);
  for (const m of ctx.text.slice(cut, to + 1).matchAll(SUBJECT_PRONOUN)) {
    const at = cut + m.index;
    if (at < from || at >= to || inside(ctx.quoted, at) || isObjectPronoun(ctx.text, at, m[0])) continue;
    const g = pronounGender(m[0]);
    if (found && g !== found) return undefined;
    found = g;
  }
  return found;
}

const ROLE_BETWEEN = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)\s+$/u;
const POSSESSIVE_ROLE_THEN_NAME = /^['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*),\s+$/u;
/** `Obama consultant Cornell Belcher`, `Trump adviser Roger Stone`, `Lane's attorney, Marc
 * Agnifilo`: a name modifying a role noun before another name is not the person the sentence is
 * about. */
function modifiesNext(ctx: ArticleContext, k: number): boolean {
  const next = ctx.mentions[k + 1];
  if (!next || next.start - ctx.mentions[k].end > 40) return false;
  // (`Trump campaign chairman Paul Manafort`: up to two more words before the role noun; `Lane's
  // attorney, Marc Agnifilo,`: a possessive, and the name in apposition.)
  const gap = ctx.text.slice(ctx.mentions[k].end, next.start);
  const between = ROLE_BETWEEN.exec(gap) ?? POSSESSIVE_ROLE_THEN_NAME.exec(gap);
  return !!between && isSpeakerNoun(between[1]);
}

/** The people with a role, grouped by the role's words, each group in text order. */
interface RoleGroup {
  role: Set<string>;
  /** The role's head word: its last, or the last before `of`, `for`, … (`secretary` of
   * `Secretary of Iran's Supreme National Security Council`, not `president` of `President
   * Trump's former national security adviser`). */
  head: string;
  people: Person[];
  /** Each person's index in the article's people (the tie-break of equal candidates). */
  order: number[];
}
const roleGroupCache = new WeakMap<Person[], RoleGroup[]>();
const POST_MODIFIER = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'from']);
function roleHead(role: string[]): string {
  const k = role.findIndex((w) => POST_MODIFIER.has(w));
  return role[(k > 0 ? k : role.length) - 1] ?? '';
}
function roleGroups(people: Person[]): RoleGroup[] {
  let groups = roleGroupCache.get(people);
  if (groups) return groups;
  const byRole = new Map<string, RoleGroup>();
  people.forEach((p, i) => {
    if (!p.role) return;
    let g = byRole.get(p.role);
    if (!g) byRole.set(p.role, (g = { role: new Set(words(p.role)), head: roleHead(words(p.role)), people: [], order: [] }));
    g.people.push(p);
    g.order.push(i);
  });
  roleGroupCache.set(people, (groups = [...byRole.values()]));
  return groups;
}

/** `it` and `they` point at a body, not a person: the subject of the nearest earlier sentence when
 * it is an organisation, group or document (`Trump’s campaign`, `the panel's memo`, `The Post`). */
function bodyAntecedent(ctx: ArticleContext, pos: number, plural: boolean): string | null {
  const si = firstStartingAt(ctx.sentences, pos + 1) - 1;
  for (let s = si - 1; s >= 0 && s >= si - 2; s--) {
    const sentence = ctx.sentences[s];
    // (A sentence opening with a quote is read from its close, and names its speaker there:
    // `“…,” the email read.`)
    const opening = ctx.quoted[spanIndexAt(ctx.quoted, sentence.start + 1)];
    const from = opening ? opening.end : sentence.start;
    if (from >= sentence.end) continue;
    const spoke = opening && ctx.speakerSpans ? ctx.speakerSpans[firstStartingAt(ctx.speakerSpans, from)] : undefined;
    const subject = clauseSubject(spoke && spoke.end <= sentence.end ? tokenize(ctx.text, spoke.start, spoke.end) : tokenize(ctx.text, from, sentence.end), ctx.text);
    // `Now they've put out another statement. “…,” it says.`: `it` is the document the sentence
    // before says was put out, when no one who can speak is its subject.
    if (!plural && s === si - 1 && (!subject || subject.type === 'pronoun' || !isSpeakerLike(subject, true))) {
      const doc = PUT_OUT_DOCUMENT.exec(ctx.text.slice(sentence.start, sentence.end));
      if (doc) return doc[1];
    }
    if (!subject || subject.type === 'pronoun' || !isSpeakerLike(subject, true)) continue;
    const person = subject.type === 'name' ? resolvePerson(ctx.people, subject.nameWords, subject.start) : null;
    // A person: `it` is not about them; but a name with a plural verb is a body (`Big Machine
    // have denied …`), whatever gender a pronoun near it suggested.
    const groupVerb = plural && PLURAL_VERB.test(ctx.text.slice(subject.end, subject.end + 20));
    if (person && ctx.genders?.has(person.name) && !groupVerb) return null;
    const last = subject.text.split(/\s+/).pop() ?? '';
    // `The company … denies it. “…,” they said.`: a body named in the singular is `they` too.
    // (Only a `they` opening its sentence or the cue after a quote: mid-sentence, `they` is more
    // often people the sentence has just named, `while many watchers expect …, they say`.)
    const collective = plural && COLLECTIVE_HEADS.has(last.toLowerCase()) && OPENS_OR_AFTER_QUOTE.test(ctx.text.slice(Math.max(0, pos - 4), pos));
    // (A name in capitals says nothing of number by its `s`: `it` may be `the Times`.)
    if (plural !== /s$/i.test(last) && subject.type === 'description' && !collective && !(!plural && THE_NAME.test(subject.text))) return null;
    return subject.text;
  }
  return null;
}

const THE_NAME = /^the\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*$/u;
const PUT_OUT_DOCUMENT = /\b(?:put out|issued|released|published|posted|sent)\s+((?:a|an|another|the|a new|their|his|her|its)\s+(?:\p{Ll}+\s+)?(?:statement|letter|report|memo|note|release|post|tweet))\b/u;
const OPENS_OR_AFTER_QUOTE = /(?:^|[.!?]["”’]?\s+|\n\s*|[,.!?]["”’]\s*)$/;
/** `My mother has softened with age, but … she still says`: a writer's relative opening the
 * pronoun's own sentence, of the pronoun's gender, is who it stands for. */
const OWN_RELATIVE = /^(?:my|our)\s+(?:\p{Ll}+\s+)?(mother|father|wife|husband|sister|brother|daughter|son|aunt|uncle|grandmother|grandfather|mom|dad)$/iu;
const MY_OR_OUR = /(?:my|our)\s/i;
function ownRelative(ctx: ArticleContext, pos: number, want: Gender | undefined): string | null {
  const sentence = ctx.sentences[firstStartingAt(ctx.sentences, pos + 1) - 1];
  if (!sentence || sentence.start >= pos || !want) return null;
  // (A subject opening with my or our is possible only where the words before the pronoun hold one:
  // most sentences are not tokenized for it.)
  if (!MY_OR_OUR.test(ctx.text.slice(sentence.start, pos))) return null;
  const subject = clauseSubject(tokenize(ctx.text, sentence.start, pos), ctx.text);
  // (Not words inside quotation marks: `“My father made the donation,” he wrote`.)
  const m = subject && subject.type === 'description' && !inside(ctx.quoted, subject.start) ? OWN_RELATIVE.exec(subject.text) : null;
  return m && genderOfWord(m[1]) === want ? subject!.text : null;
}

/** `… Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez. They criticised …`: a
 * `they` opening its sentence stands for two people the sentence before names side by side. */
function namedPair(ctx: ArticleContext, pos: number): string | null {
  if (!OPENS_OR_AFTER_QUOTE.test(ctx.text.slice(Math.max(0, pos - 4), pos))) return null;
  const si = firstStartingAt(ctx.sentences, pos + 1) - 1;
  const before = ctx.sentences[si - 1];
  if (!before) return null;
  let pair: string | null = null;
  for (let k = firstStartingAt(ctx.mentions, before.start); k + 1 < ctx.mentions.length && ctx.mentions[k + 1].start < before.end; k++) {
    const a = ctx.mentions[k], b = ctx.mentions[k + 1];
    // Only `A and B`, with at most a title between (`and congresswoman`): two people, not a list.
    if (a.person === b.person || !PAIR_JOIN.test(ctx.text.slice(a.end, b.start))) continue;
    if (pair) return null;
    pair = `${nameOf(ctx, a.person)} and ${nameOf(ctx, b.person)}`;
  }
  return pair;
}
const PAIR_JOIN = /^\s+and\s+(?:\p{L}+\.?\s+)?$/u;

const COLLECTIVE_HEADS = new Set(['company', 'group', 'band', 'team', 'label', 'firm', 'government', 'party', 'campaign', 'committee', 'organisation', 'organization', 'network', 'agency', 'council', 'board', 'union', 'club', 'family', 'ministry', 'department']);
const PLURAL_VERB = /^\s+(?:(?:also|twice|repeatedly|again|since|previously)\s+)?(?:have|are|were)\b/;

interface RoleMatch {
  person: Person;
  /** How many of the description's words (other than `top`, `senior`, …) the role has. */
  score: number;
  /** The description's last word, as a role says it (`senator` for `Sen.`). */
  head: string;
}

/** The named person whose role best matches a description: most shared role words, then a role
 * that is just the description (`the president` is the President before the president of a
 * federation), then the nearest to pos, then the first named; only people named before pos when
 * `earlierOnly`. Scored once per distinct role, not once per mention. */
function byDescription(ctx: ArticleContext, description: string, pos: number, earlierOnly = false): RoleMatch | null {
  const all = words(description);
  const want = all.filter((w) => !GENERIC.has(w));
  const head = all[all.length - 1];
  // Only a description of a person (`the minister`, `Iran’s top security official`) names one.
  if (!head || !(TITLES.has(head) || PERSON_HEADS.has(head) || ROLE_NOUNS.has(head))) return null;
  let best: { p: Person; score: number; exact: boolean; earlier: boolean; dist: number; order: number } | null = null;
  for (const g of roleGroups(ctx.people)) {
    const score = want.filter((w) => g.role.has(w)).length;
    if (!(score >= 2 || (score >= 1 && g.head === head))) continue;
    let exact = true;
    for (const w of g.role) if (!GENERIC.has(w) && !want.includes(w)) exact = false;
    const k = firstStartingAt(g.people, pos);
    for (const j of [k - 1, k]) {
      const p = g.people[j];
      if (!p || (earlierOnly && p.start >= pos)) continue;
      const dist = Math.abs(p.start - pos);
      const order = g.order[j];
      // (A description points back: `the president replied` after President Donald Trump, not
      // at President Barack Obama named further on.)
      const earlier = p.start < pos;
      const better =
        !best || score > best.score ||
        (score === best.score && (exact !== best.exact ? exact : earlier !== best.earlier ? earlier : dist < best.dist || (dist === best.dist && order < best.order)));
      if (better) best = { p, score, exact, earlier, dist, order };
    }
  }
  return best ? { person: best.p, score: best.score, head } : null;
}

/** A capitalised run that ran on over a sentence's end (`Benjamin Netanyahu. Adelson`, `Sens. Rand
 * Paul`): the name is what follows the full stop. */
const RUN_OVER_SENTENCE_END = /^.*\p{Ll}{2}\.\s+(?=\p{Lu})/su;

/** The name to show for a person: a run over a sentence's end cut to what follows, and a surname
 * left alone (`Dr. Carson`, `Ms. Epstein`) given the full name the article gives it most often. */
export function nameOf(ctx: ArticleContext, person: Person): string {
  const tail = person.name.replace(RUN_OVER_SENTENCE_END, '');
  if (tail.includes(' ')) return (tail === person.name ? fullerName(ctx, person) : null) ?? tail;
  // (The gender a one-word name was given: an honorific's, `Ms. Epstein`; not a run's first name.)
  return fullNameOf(ctx, person.surname, tail === person.name ? ctx.genders?.get(person.name) : undefined) ?? tail;
}

/**
 * The full name the article gives a surname most often (the first named on a tie), among people
 * of a known gender (a capitalised run nobody calls he or she is often no name: `Understated
 * Perez`), and of `gender` when the surname's own mention gives one. Counted once per surname.
 */
function fullNameOf(ctx: ArticleContext, surname: string, gender: Gender | undefined): string | null {
  const { fullNames } = bearersOf(ctx, surname);
  const key = gender ?? '';
  let name = fullNames.get(key);
  if (name === undefined) {
    const counts = new Map<string, number>();
    let best: string | null = null;
    const bearers = withSurname(ctx.people, surname);
    const firstBare = firstBareUse(bearers);
    for (const p of bearers) {
      const g = ctx.genders?.get(p.name);
      if (!p.name.includes(' ') || RUN_OVER_SENTENCE_END.test(p.name) || !g || (gender && g !== gender)) continue;
      if (namedLaterAsRelative(p, firstBare)) continue;
      const n = (counts.get(p.name) ?? 0) + 1;
      counts.set(p.name, n);
      if (best === null || n > counts.get(best)!) best = p.name;
    }
    fullNames.set(key, (name = best));
  }
  return name;
}

const PLURAL_NOUN = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ities|ics|als|ians)$/u;
/** Nothing but a sentence's end, a paragraph break or an opening quote mark before `at`. */
const opensSentence = (text: string, at: number) => /(?:^|[.!?]["”’]?\s+|\n\s*|["“]\s*)$/.test(text.slice(Math.max(0, at - 4), at));
/** `Prosecutors said`, `Teachers rallied`: a one-word name that is a plural noun capitalised only
 * because it opens the sentence. */
export const isOpeningPlural = (text: string, np: SpeakerNP) => np.nameWords.length === 1 && PLURAL_NOUN.test(np.text) && opensSentence(text, np.start);

/** A speaker found for np; `role` is kept when given (built field by field: a spread into an
 * object literal is a slow runtime call, and every quote and reported span makes one). */
function speakerOf(np: SpeakerNP, name: string, resolvedBy: SpeakerResolution, role?: string): Speaker {
  const speaker: Speaker = { start: speakerStart(np), end: np.end, anonymous: np.anonymous, name, resolvedBy };
  if (role !== undefined) speaker.role = role;
  return speaker;
}

const GIVEN_NAMES_BEFORE = /^\p{Lu}[\p{Ll}.-]*(?: \p{Lu}[\p{Ll}.-]*){0,2}$/u;
const fullerNames = new WeakMap<ArticleContext, Map<string, string | null>>();
/** `Hawk Sawyer` after `Kathleen Hawk Sawyer`: a name of two words or more that ends the full name
 *  the article gave someone is that person's, unless it opens with a first name already (`Bernie
 *  Sanders` after `Vermonter Bernie Sanders`) or the words before it are no name (a title, a
 *  possessive). Looked up once per name. */
function fullerName(ctx: ArticleContext, person: Person): string | null {
  if (!person.name.includes(' ') || ctx.firstNames?.has(person.name.slice(0, person.name.indexOf(' ')).toLowerCase())) return null;
  let byName = fullerNames.get(ctx);
  if (!byName) fullerNames.set(ctx, (byName = new Map()));
  let fuller = byName.get(person.name);
  if (fuller === undefined) {
    const tail = ` ${person.name}`;
    const givenNamesBefore = (p: Person) => {
      const before = p.name.slice(0, -tail.length);
      return GIVEN_NAMES_BEFORE.test(before) && !before.split(' ').some(isTitleWord);
    };
    fuller = withSurname(ctx.people, person.surname).find((p) => p.name.endsWith(tail) && p.start < person.start && givenNamesBefore(p))?.name ?? null;
    byName.set(person.name, fuller);
  }
  return fuller;
}

/** `Glenn Beck Blasts Drudge for …` in a title-case headline: the speaker phrase cut to the name
 * the article's text confirms (`Glenn Beck`), with a role noun after it (`Trump Supporter`);
 * null when nothing is cut. */
function headlineCut(ctx: ArticleContext, np: SpeakerNP): SpeakerNP | null {
  const names = ctx.headlineNames;
  if (!names || np.nameWords.length < 2 || np.start < names.headline.start || np.start >= names.headline.end) return null;
  let kept = names.confirmed(np.nameWords);
  if (!kept || kept.length === np.nameWords.length) return null;
  // `Trump Supporter Screams …`, `Former Clinton Pollster Says …`: the name is whose supporter speaks.
  if (isSpeakerNoun(np.nameWords[kept.length])) kept = np.nameWords.slice(0, kept.length + 1);
  if (kept.length === np.nameWords.length) return null;
  const name = kept.join(' ');
  const at = np.text.indexOf(name);
  if (at < 0) return null;
  return { start: np.start, end: np.start + at + name.length, text: np.text.slice(0, at + name.length), type: np.type, nameWords: kept, anonymous: np.anonymous, role: np.role };
}

/** The name words as the text writes them: `U.S. Geological Survey` keeps the dots its words
 * lost when they were tokenised. */
function asWritten(np: SpeakerNP): string {
  const joined = np.nameWords.join(' ');
  const last = np.nameWords[np.nameWords.length - 1];
  const from = np.text.indexOf(np.nameWords[0]);
  const to = np.text.lastIndexOf(last) + last.length;
  if (from < 0 || to <= from) return joined;
  const written = np.text.slice(from, to);
  return written.replace(/\./g, '').split(/\s+/).join(' ') === joined.replace(/\./g, '') ? written : joined;
}

export function resolveSpeaker(ctx: ArticleContext, np: SpeakerNP): Speaker {
  if (np.type === 'name') {
    // `Ohio Gov. John Kasich`: a place before a name says where the person is from; but `U.S.
    // Geological Survey`, `Washington Free Beacon` are a body's whole name.
    const words = np.nameWords.length >= 3 && ctx.places?.has(np.nameWords[0].toLowerCase()) && !NOT_A_PERSON_LAST.has(np.nameWords[np.nameWords.length - 1].toLowerCase()) ? np.nameWords.slice(1) : np.nameWords;
    // (Field by field, not a spread: see changedNP.)
    if (words !== np.nameWords) return resolveSpeaker(ctx, { start: np.start, end: np.end, text: np.text, type: np.type, nameWords: words, anonymous: np.anonymous, role: np.role });
    const cut = headlineCut(ctx, np);
    if (cut) return resolveSpeaker(ctx, cut);
    // `“…,” the German said`: a nationality is a description of someone the article names.
    if (np.nameWords.length === 1 && DEMONYMS.has(np.nameWords[0].toLowerCase()) && THE_OPENS.test(np.text)) {
      const person = describedSubject(ctx, np);
      return person ? speakerOf(np, nameOf(ctx, person), 'description', person.role ?? np.text) : speakerOf(np, np.text, 'description');
    }
    const found = resolvePerson(ctx.people, np.nameWords, np.start);
    // `Prosecutors said`, `Teachers rallied`: a plural noun capitalised only because it opens the
    // sentence, unless the article names someone by it (`Sanders said`).
    if (!found && isOpeningPlural(ctx.text, np)) return speakerOf(np, np.text, 'description');
    const honorific = found && np.nameWords.length === 1 ? genderOfHonorific(ctx.text, np.end - np.nameWords[0].length) : undefined;
    // A surname two people share: the one its sentence's pronouns give, else (far from the last
    // full name) the one named most.
    const shared = found && np.nameWords.length === 1 && bearersOf(ctx, found.surname).shared;
    const gender = honorific ?? (shared ? pronounsAround(ctx, np) : undefined);
    const person = found && gender ? sameSurnameOf(ctx, found, gender) : shared && np.start - found.end > NEAR_FULL_NAME ? (mostNamedBefore(ctx, found.surname, np.start) ?? found) : shared ? headOfRelative(ctx, found) : found;
    const name = person ? nameOf(ctx, person) : asWritten(np);
    const role = np.role ?? person?.role ?? roleOf(ctx.people, name);
    return speakerOf(np, name, np.nameWords.length > 1 ? 'name' : 'surname', role || undefined);
  }
  if (np.type === 'pronoun' && /^(?:it|they)$/i.test(np.text)) {
    const body = bodyAntecedent(ctx, np.start, /^they$/i.test(np.text));
    if (body) return speakerOf(np, body, 'pronoun');
    const pair = /^they$/i.test(np.text) ? namedPair(ctx, np.start) : null;
    if (pair) return speakerOf(np, pair, 'pronoun');
  }
  if (np.type === 'pronoun') {
    const relative = /^(?:he|she)$/i.test(np.text) ? ownRelative(ctx, np.start, pronounGender(np.text)) : null;
    if (relative) return speakerOf(np, relative, 'pronoun');
    const person = /^(?:he|she)$/i.test(np.text) ? antecedent(ctx, np.start, pronounGender(np.text)) : null;
    return person ? speakerOf(np, nameOf(ctx, person), 'pronoun', person.role || undefined) : speakerOf(np, np.text, 'pronoun');
  }
  // `His office put out a statement`: an office speaks for its holder.
  const office = /^(his|her) office$/i.exec(np.text);
  const holder = office ? antecedent(ctx, np.start, pronounGender(office[1])) : null;
  if (holder) return speakerOf(np, holder.name, 'pronoun', np.text);
  // (`said Kevin Sheekey, an adviser to Mr. Bloomberg, underscoring …`: an indefinite description
  // set beside a name is that named person, no unnamed source.)
  // (Not the speaker of a parenthetical cue: `Clinton, a top aide said, “is very confident”`.)
  const apposed = !(np.anonymous && CUE_RIGHT_AFTER.test(ctx.text.slice(np.end, np.end + 30))) ? appositiveOf(ctx, np) : null;
  if (apposed) return speakerOf(np.anonymous ? named(np) : np, nameOf(ctx, apposed), 'description', apposed.role ?? np.text);
  if (!np.anonymous) {
    const person = describedSubject(ctx, np) ?? describedByRole(ctx, np);
    if (person) return speakerOf(np, nameOf(ctx, person), 'description', person.role ?? np.text);
  }
  const later = namedLater(ctx, np);
  if (later) return speakerOf(named(np), nameOf(ctx, later), 'description', np.text);
  return speakerOf(np, np.text, 'description');
}

// `the spokeswoman, Marie Harf,`: the description again with `the`, and the name set beside it.
const NAMED_AS_AGAIN = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+),\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)(?=,|\.)/gu;
const NAMED_LATER_REACH = 600;
/** `a spokesman`, `another spokesman`: one regex per head, built once. */
const introducedRegexes = new Map<string, RegExp>();
function introducedAs(head: string): RegExp {
  let re = introducedRegexes.get(head);
  if (!re) introducedRegexes.set(head, (re = new RegExp(`\\b(?:an?|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu')));
  return re;
}

/** `“…,” a spokeswoman said. … The spokeswoman, Marie Harf, added`: a person introduced by an
 *  indefinite description and named soon after, with the description's head again, is that
 *  person, no unnamed source. */
function namedLater(ctx: ArticleContext, np: SpeakerNP): Person | null {
  if (!INDEFINITE.test(np.text)) return null;
  const head = PERSON_HEAD.exec(np.text)?.[1];
  if (!head || !(TITLES.has(head) || PERSON_HEADS.has(head) || ROLE_NOUNS.has(head))) return null;
  const after = ctx.text.slice(np.end, np.end + NAMED_LATER_REACH);
  for (const m of after.matchAll(NAMED_AS_AGAIN)) {
    if (m[1] !== head) continue;
    // (No other one of them introduced in between: `a spokesman … another spokesman`.)
    if (introducedAs(head).test(after.slice(0, m.index))) return null;
    const at = np.end + m.index! + m[0].length - m[2].length;
    return resolvePerson(ctx.people, m[2].split(/\s+/), at);
  }
  return null;
}
