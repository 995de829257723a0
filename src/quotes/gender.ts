// The gender a reader assumes for each person an article names, so that `he` and `she` agree with
// their antecedent. Evidence, strongest first: the first name (lexicons/first-names.yml), a title
// or role (`Mr.`, `Mrs.`, `congresswoman`, `the wife of`), then the pronouns the narration uses
// right after naming the person (`Sanders called her son…`). Unknown is never a mismatch.
import type { Span } from '../types.js';
import type { Person } from './people.js';
import { WEEKDAYS } from '../calendar-words.js';
import { isBlankOrOpeners } from './blank.js';

export type Gender = 'female' | 'male';

// A Map, not an object literal: `constructor` or `toString` in a title must find nothing.
const ROLE_WORDS = new Map<string, Gender>(Object.entries({
  mr: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', husband: 'male', father: 'male', son: 'male', brother: 'male', widower: 'male', grandfather: 'male', uncle: 'male', nephew: 'male', boyfriend: 'male',
  mrs: 'female', ms: 'female', miss: 'female', madam: 'female', lady: 'female', dame: 'female', queen: 'female', princess: 'female', wife: 'female', mother: 'female', daughter: 'female', sister: 'female', widow: 'female', grandmother: 'female', aunt: 'female', niece: 'female', girlfriend: 'female', actress: 'female',
} satisfies Record<string, Gender>));
/** Roles ending in -man that name a man (`Freeman`, `Truman` are surnames, so no suffix rule). */
const MALE_ROLES = new Set(['congressman', 'assemblyman', 'councilman', 'spokesman', 'chairman', 'alderman', 'committeeman', 'businessman', 'anchorman', 'statesman', 'selectman', 'frontman', 'newsman', 'cameraman', 'policeman', 'fireman', 'clergyman', 'serviceman', 'countryman', 'kinsman']);

export function genderOfWord(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const role = ROLE_WORDS.get(w);
  if (role) return role;
  // `congresswoman`, `spokeswoman`, `businesswoman`: -woman always names a woman.
  if (w.length > 5 && w.endsWith('woman')) return 'female';
  return MALE_ROLES.has(w) ? 'male' : undefined;
}

/** `man`, `woman`: nouns that name a person's gender and nothing else, so a description's head
 *  (`the woman told …`) but no role (`El Paso, the man …` gives a place no role). */
const GENDER_NOUNS = new Map<string, Gender>([['man', 'male'], ['boy', 'male'], ['woman', 'female'], ['girl', 'female']]);

/** The gender a description's head noun gives its person: a role word's, or `man`, `woman`. */
export function genderOfNoun(word: string): Gender | undefined {
  return genderOfWord(word) ?? GENDER_NOUNS.get(word.toLowerCase());
}

/** The gender a role phrase (`the wife of …`, `Assemblywoman`) gives its person. */
export function genderOfRole(role: string | undefined): Gender | undefined {
  if (!role) return undefined;
  for (const w of role.split(/[^\p{L}.]+/u)) {
    const g = w && genderOfWord(w);
    if (g) return g;
  }
  return undefined;
}

/** `(?<![\p{L}\p{N}])(?:he|she|his|her|hers|him|himself|herself)(?![\p{L}\p{N}])`, the look back
 * written after the first letter: the regex then tests the letter before only where an h or s stands. */
export const PRONOUN_RE = /(?:h(?<![\p{L}\p{N}]h)(?:e|is|er|ers|im|imself|erself)|s(?<![\p{L}\p{N}]s)he)(?![\p{L}\p{N}])/giu;
export interface PronounMatch {
  at: number;
  word: string;
}
let lastPronouns: { text: string; found: PronounMatch[] } | null = null;

/** Every match of PRONOUN_RE in the text, found once per article: genderByName and the narration
 * pronouns (narration-pronouns.ts) both read them. */
export function pronounMatches(text: string): PronounMatch[] {
  if (lastPronouns?.text !== text) {
    const found: PronounMatch[] = [];
    for (const m of text.matchAll(PRONOUN_RE)) found.push({ at: m.index, word: m[0] });
    lastPronouns = { text, found };
  } else lastPronouns.text = text; // (equal text in another string object: compare by reference next time)
  return lastPronouns.found;
}

// `Obama backed her up`: an object pronoun in the sentence of a name is someone else. `her` is an
// object before a particle, a preposition, a determiner or punctuation, a possessive before a noun.
const AFTER_OBJECT_HER = /^(?:\s*[,.;:!?)”"’]|\s+(?:up|down|out|off|back|over|to|in|on|at|for|with|from|by|about|as|and|or|but|that|the|a|an|this|into|again|too)\b)/i;
export function isObjectPronoun(text: string, at: number, word: string): boolean {
  const w = word.toLowerCase();
  if (w === 'him') return true;
  return w === 'her' && (at + 3 >= text.length || AFTER_OBJECT_HER.test(text.slice(at + 3, at + 12)));
}
const INSIDE_LONGER_NAME = new RegExp(`^[ \\u00a0]+(?!(?:${WEEKDAYS})\\b)\\p{Lu}\\p{Ll}`, 'u');
const opensWithPronoun = (text: string, sentence: Span | undefined, at: number) =>
  !!sentence && isBlankOrOpeners(text, sentence.start, at) && /^(?:he|she)\b/i.test(text.slice(at, at + 4));
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;

export interface GenderMention {
  start: number;
  end: number;
  person: Person;
}

/** Gender per person name, from the first-name lexicon, titles, roles and narration pronouns.
 * `mentions` are in text order; pronouns inside `quoted` stretches are the speaker's, not the writer's.
 * `sure`, when given, receives the genders a first name decides, or a margin of two votes or more
 * (an honorific or a role, or two pronouns after the person opened a sentence): one pronoun may be
 * someone else's (`Susannah Randolph was his heir apparent`). */
export function genderByName(text: string, mentions: GenderMention[], sentences: Span[], quoted: { start: number; end: number }[], firstNames: Map<string, Gender> | undefined, sure?: Map<string, Gender>): Map<string, Gender> {
  const votes = new Map<string, { female: number; male: number }>();
  // What `sure` is read from: the same votes, but a pronoun's only after a mention that opens its
  // sentence (`Randolph told others that he called her` says nothing of Randolph).
  const sureVotes = new Map<string, { female: number; male: number }>();
  const vote = (name: string, g: Gender, n: number, subject = true) => {
    const v = votes.get(name) ?? { female: 0, male: 0 };
    v[g] += n;
    votes.set(name, v);
    if (!sure || !subject) return;
    const s = sureVotes.get(name) ?? { female: 0, male: 0 };
    s[g] += n;
    sureVotes.set(name, s);
  };
  // Narration pronouns in text order (quoted ones skipped with one moving pointer).
  const pronouns: { at: number; g: Gender }[] = [];
  let qi = 0;
  for (const { at, word } of pronounMatches(text)) {
    while (qi < quoted.length && quoted[qi].end <= at) qi++;
    if (qi < quoted.length && quoted[qi].start <= at) continue;
    if (isObjectPronoun(text, at, word)) continue;
    pronouns.push({ at, g: /^(?:he|his|him|himself)$/i.test(word) ? 'male' : 'female' });
  }
  // A bare surname that two named people share (`Scott`: Keith Lamont Scott and Rakeyia Scott) says
  // nothing sure about either.
  const fullNames = new Map<string, Set<string>>();
  for (const m of mentions) if (m.person.name.includes(' ')) (fullNames.get(m.person.surname) ?? fullNames.set(m.person.surname, new Set()).get(m.person.surname)!).add(m.person.name);
  let pi = 0, si = 0, qi2 = 0;
  const roleGenders = new Map<string, Gender | undefined>();
  mentions.forEach((m, k) => {
    const name = m.person.name;
    if (m.end - m.start < name.length && (fullNames.get(m.person.surname)?.size ?? 0) > 1) return;
    const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start));
    if (honorific) vote(name, genderOfWord(honorific[1])!, 3);
    // (A person's role is read once, not at each of their mentions.)
    const roleText = m.person.role;
    let role = roleText === undefined ? undefined : roleGenders.get(roleText);
    if (roleText !== undefined && role === undefined && !roleGenders.has(roleText)) roleGenders.set(roleText, (role = genderOfRole(roleText)));
    if (role) vote(name, role, 3);
    // The first narration pronoun after the mention, in the same sentence, before anyone else is named…
    while (si < sentences.length && sentences[si].end <= m.start) si++;
    // …and before any quotation: `Sandy Hook was a summons. “…,” he added` says nothing of Sandy Hook.
    while (qi2 < quoted.length && quoted[qi2].start < m.end) qi2++;
    // …or, for the subject opening a sentence, in the next one when nobody else is named first
    // (`Amadou Magassa, 13, sold water. He said …`).
    const opensSentence = !!sentences[si] && isBlankOrOpeners(text, sentences[si].start, m.start);
    const sentenceEnd = (opensSentence ? sentences[si + 1] ?? sentences[si] : sentences[si])?.end ?? text.length;
    const limit = Math.min(mentions[k + 1]?.start ?? text.length, sentenceEnd, quoted[qi2]?.start ?? text.length);
    while (pi < pronouns.length && pronouns[pi].at < m.end) pi++;
    // In the next sentence only a `he`/`she` opening it counts (`For her part, Suu Kyi …` is not the subject's).
    const p = pronouns[pi];
    // `near Sandy Hook Elementary School, he …`: a name inside a longer name says nothing of itself.
    if (p && p.at < limit && !INSIDE_LONGER_NAME.test(text.slice(m.end, m.end + 12)) && (p.at < (sentences[si]?.end ?? text.length) || opensWithPronoun(text, sentences[si + 1], p.at))) vote(name, p.g, 1, opensSentence);
  });
  const out = new Map<string, Gender>();
  const names = new Set(mentions.map((m) => m.person.name));
  for (const name of names) {
    const lexical = firstNameGender(name, firstNames);
    if (lexical) {
      out.set(name, lexical);
      sure?.set(name, lexical);
      continue;
    }
    const v = votes.get(name);
    if (!v || v.female === v.male) continue;
    const g = v.female > v.male ? 'female' : 'male';
    out.set(name, g);
    const s = sureVotes.get(name);
    if (s && (g === 'female' ? s.female - s.male : s.male - s.female) >= 2) sure?.set(name, g);
  }
  return out;
}

/** The gender of the first word before the surname that the lexicon knows as a first name: the
 * first word of `Hillary Rodham Clinton`, the second of `Sens. Jeff Merkley` or `Carolina’s Ada Fisher`
 * (a run of capitalised words may open with a title or a place). */
export function firstNameGender(name: string, firstNames: Map<string, Gender> | undefined): Gender | undefined {
  if (!firstNames) return undefined;
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i].endsWith('.') ? words[i].slice(0, -1) : words[i];
    const g = firstNames.get(word.toLowerCase());
    if (g) return g;
  }
  // A lone word is a surname (`Warren said`), whatever first name it may also be.
  return undefined;
}

/** The gender a pronoun asks for; `they`, `it` and `I` ask for none here. */
export function pronounGender(pronoun: string): Gender | undefined {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'him' || p === 'his') return 'male';
  if (p === 'she' || p === 'her') return 'female';
  return undefined;
}
