// The shapes of the words around a reported-speech cue: where the reported clause starts (past a
// listener, a time, `that`), whether words open a clause at all, and the appositives, parentheticals
// and opening subordinate clauses the cue may sit in. Each reads a few tokens of one sentence.
import { cueAt, type CueAt, type CueIndex } from './cues.js';
import { isLyAdverb, isQuoteMark, type Tok } from './tokens.js';
import { BETWEEN_SUBJECT_AND_CUE, DETERMINERS, IRREGULAR_PASTS, NP_PREPOSITIONS, PREPOSITIONS, PRONOUNS } from './words.js';

// Prepositions of time, manner and means open no reported clause (`responded by pointing a finger`,
// `said over breakfast`, `battleground states like Ohio`); `against`, `despite`, `under` may (`railed
// against the cartel`, `says despite that, she will vote`). Nor does `and`: a second verb follows
// (`said and quickly hung up`, `speaks and tweets his mind`), nor `than` (`easier said than done`).
// (`said on Thursday ahead of the vote`, `wrote above a picture of …`: where and when, no clause.)
const NOT_A_CLAUSE_START = /^(?:during|with|without|to|after|before|about|by|over|like|via|through|throughout|aboard|onstage|backstage|and|or|than|well|outside|inside|around|across|ahead|above|below|beneath|beside|behind|amid|amidst|alongside|beyond|toward|towards|within|into|onto|underneath)$/;

/** Verbs that may make or count things rather than report words (`wrote a column`, `reported a
 * profit`, `claiming his third victory`). */
const MAKES_THINGS = new Set(['write', 'report', 'add', 'tweet', 'claim']);

/** The words at `from`, right after a cue of `lemma` (past any listener, time or `that`: see
 * contentStart), open what was said, not a preposition's object, an adverbial, a stand-in for
 * words said elsewhere or a work made (`said over breakfast`, `said as he left`, `said so`, `wrote
 * the letter`). */
export function opensClause(toks: Tok[], from: number, lemma: string, index: CueIndex): boolean {
  const w = toks[from].lower;
  if (/^[,:]$/.test(toks[from].text) || NOT_A_CLAUSE_START.test(w) || FINITE_VERBS.has(w)) return false;
  // (`reported at least six planes …`: a count, not a preposition.)
  if (NP_PREPOSITIONS.has(w) && !(w === 'at' && /^(?:least|most)$/.test(toks[from + 1]?.lower ?? ''))) return false;
  if (CLAUSE_ONLY.has(lemma) && !clauseAhead(toks, from, lemma !== 'add')) return false;
  return !adverbialOpening(toks, from) && !anaphoricContent(toks, from) && !amountSaid(toks, from) && !(MAKES_THINGS.has(lemma) && workOrFigure(toks, from)) && !objectThenGerund(toks, from, index);
}

/** `clarified the comment by insisting that …`, `explained the plan by saying …`: the cue's object
 *  is a thing, and what was said is the gerund's, a cue of its own. (Not a gerund that reports
 *  nothing, `assailed the policies by tying them to …`; nor after a verb, which makes the words a
 *  clause: `said the firm was losing money by …`.) */
function objectThenGerund(toks: Tok[], from: number, index: CueIndex): boolean {
  for (let j = from + 1; j < toks.length && j - from < 8 && toks[j].kind === 'word'; j++) {
    const w = toks[j].lower;
    if (w === 'that' || FINITE_VERBS.has(w) || VERB_LIKE.test(w)) return false;
    if (w === 'by' && toks[j + 1]?.lower.endsWith('ing')) return cueAt(index, toks, j + 1) !== null;
  }
  return false;
}

/** Verbs whose plain object is a thing or a person, not words (`repeated his position`,
 * `challenging Clinton for the nomination`, `responded enthusiastically`, `summarized the findings`):
 * they report a clause (`reiterated the party must unite`), a content clause or an infinitive in
 * their object (`repeated his claim that …`, `challenged Trump to a debate`). */
// (`adding more political acrimony to the visit`, `adding fuel to the fire`: `add` with a thing as
// its object reports nothing; after it `to` opens no infinitive.)
const CLAUSE_ONLY = new Set(['reiterate', 'respond', 'challenge', 'add', 'summarize']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** A clause opens at `from`: a subject pronoun, or a verb, `that` or `to` within the next few words. */
function clauseAhead(toks: Tok[], from: number, infinitive = true): boolean {
  if (SUBJECT_PRONOUNS.has(toks[from].lower)) return true;
  // (A full stop inside the sentence is an abbreviation's: `Democrats like Mr. Reid to …`.)
  for (let j = from + 1; j < toks.length && j - from < 10 && (toks[j].kind === 'word' || toks[j].text === '.'); j++) {
    const w = toks[j].lower;
    // (`in May` is a month, not a modal.)
    if (w === 'that' || (w === 'to' && infinitive) || (!toks[j].upper && (VERB_LIKE.test(w) || FINITE_VERBS.has(w)))) return true;
  }
  return false;
}

const AS_MEASURE = new Set(['much', 'many', 'few', 'little', 'well', 'soon', 'long', 'far']);
const WHERE_OR_WHEN = new Set(['on', 'in', 'at', 'into', 'from', 'during', 'after', 'before', 'to']);

// What a verb of speech may make, count or win rather than report: `wrote the letter Feb. 2`,
// `tweeted a video`, `reported a profit of $1.78 a share`, `added 1 million jobs`, `claimed victory`.
const WORKS_AND_FIGURES = new Set(
  'letter letters profile blog column columns commentary piece op-ed introduction foreword dissent songs song album lyrics book books memoir novel note notes message messages post posts tweet tweets video videos story stories article articles essay memo editorial poem script review obituary headline caption quote observations check profit profits loss losses earnings revenue revenues sales income jobs arrests surplus deficit dividend victory victories win wins title titles seat seats delegates prize crown nomination'.split(' '),
);

/** The words after a cue are its object, a work or a figure (`wrote a viral blog against the
 * mogul`, `reported its smallest quarterly profit in 17 years`), not a clause (`reported the letter
 * was forged`: a verb follows the noun). */
function workOrFigure(toks: Tok[], from: number): boolean {
  // `added two goals in the second half`, `reported 2.17 billion in gaming revenue`: a count with
  // no verb after it (`reported 10 people died` is a clause).
  const count = NUMBER_WORD.test(toks[from]?.lower ?? '');
  for (let j = from; j < toks.length && j - from < 6 && toks[j].kind === 'word'; j++) {
    if (WORKS_AND_FIGURES.has(toks[j].lower)) {
      const next = toks[j + 1];
      return !(next && (verbWord(next) || FINITE_VERBS.has(next.lower) || next.lower === 'that'));
    }
    // (After a count, the counted noun: `two goals`, `2.17 billion`, not a verb in -s.)
    if (j > from && !(count && j === from + 1) && (verbWord(toks[j]) || FINITE_VERBS.has(toks[j].lower))) return false;
  }
  return count;
}
const NUMBER_WORD = /^(?:[\d$][\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Words after a cue that say when or how it was said, not what (`said as he launched the
 * process`, `said as the crowd cheered`, `said while stumping for his wife`, `when asked about …`,
 * `said happily on MSNBC`); `said as many as 100 people died` and `described as the worst deal`
 * are not. */
function adverbialOpening(toks: Tok[], from: number): boolean {
  const w = toks[from]?.lower ?? '', next = toks[from + 1];
  if (!next || next.kind !== 'word') return /^\p{Ll}+ly$/u.test(w) && next?.text === ',';
  if (w === 'as') return PRONOUNS.has(next.lower) || (!AS_MEASURE.has(next.lower) && (DETERMINERS.has(next.lower) || next.upper) && verbBetween(toks, from + 2, Math.min(toks.length, from + 6), false));
  if (w === 'while' || w === 'when') return next.lower.endsWith('ing') || next.lower === 'asked';
  return /^\p{Ll}+ly$/u.test(w) && WHERE_OR_WHEN.has(next.lower);
}

const FINITE_VERBS = new Set([...IRREGULAR_PASTS, 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'arose', 'left', 'led', 'won', 'lost', 'paid']);

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'you']);
// Who is told: `reporters`, `the crowd`, `a group of students`.
const LISTENERS = /^(?:reporters|journalists|supporters|voters|students|residents|members|delegates|donors|lawmakers|senators|colleagues|aides|officials|investigators|police|viewers|listeners|readers|audiences?|crowds?|interviewers?|hosts?|group|panel|committee|jury|court|congress|parliament|employees|workers|staff|friends|followers|fans|guests|attendees|parents|the)$/;

/** After `told`, the token after a plain listener (`him`, `reporters`, `the crowd`, `CNN`, `The
 * Washington Post`), else k. */
function listenerEnd(toks: Tok[], k: number): number {
  const t = toks[k];
  // `told “Good Morning America” …`: a programme's name in quotation marks.
  if (t && /^[“"]$/.test(t.text)) {
    let e = k + 1;
    while (e < toks.length && e - k <= 5 && toks[e].kind === 'word' && toks[e].upper) e++;
    return e > k + 1 && /^[”"]$/.test(toks[e]?.text ?? '') ? e + 1 : k;
  }
  if (!t || t.kind !== 'word') return k;
  if (OBJECT_PRONOUNS.has(t.lower)) return k + 1;
  let j = /^(?:the|a|an)$/.test(t.lower) ? k + 1 : k;
  const runFrom = j;
  while (j < toks.length && ((toks[j].kind === 'word' && toks[j].upper) || (toks[j].text === '.' && j > runFrom))) j++;
  if (j > runFrom) return j;
  if (toks[j]?.kind === 'word' && LISTENERS.test(toks[j].lower)) {
    j++;
    if (toks[j]?.lower === 'of' && toks[j + 1]?.kind === 'word') j += 2;
    return j;
  }
  return k;
}

const DURATIONS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'ages']);

/** Words that open an indirect question: `told Marlow how surprised he is`. */
// (Not `who`, `which`, `when`: after a listener they more often open a relative or a time clause.)
const WH_WORDS = new Set(['how', 'why', 'what', 'whether', 'if', 'where']);

/** Past where and when something was said (`in Mexico City on Monday`, `on the White House
 * driveway`, `at the White House last week`). */
function pastWhereAndWhen(toks: Tok[], j: number): number {
  for (;;) {
    const w = toks[j];
    if (w?.kind !== 'word') return j;
    if (/^(?:in|at|on)$/.test(w.lower) && toks[j + 1]?.kind === 'word') {
      let e = /^(?:the|a)$/.test(toks[j + 1].lower) ? j + 2 : j + 1;
      const run = e;
      while (toks[e]?.kind === 'word' && toks[e].upper) e++;
      if (e > run) j = e;
      else if (BETWEEN_SUBJECT_AND_CUE.has(w.lower)) j++;
      else return j;
    } else if (BETWEEN_SUBJECT_AND_CUE.has(w.lower) && w.lower !== 'that') j++;
    else return j;
  }
}

/** `spoke highly of …`, `spoke out about …`, `spoke out against …` report what was spoken of;
 * `spoke up`, `spoke in a cottage`, `speaking fees` report nothing (the end of the tokens: no clause).
 * (A function of its own: a rare branch inside contentStart, first taken after it was optimised,
 * deoptimised it; a call this rare is not inlined.) */
function spokenOf(toks: Tok[], last: number): number {
  let k = last + 1;
  while (k < toks.length && k - last <= 3 && /^(?:out|up|more|less|often|\p{Ll}+ly)$/u.test(toks[k].lower)) k++;
  if (toks[k]?.lower === 'in' && toks[k + 1]?.lower === 'favor' && toks[k + 2]?.lower === 'of') return k + 3;
  return /^(?:of|about|against)$/.test(toks[k]?.lower ?? '') ? k + 1 : toks.length;
}

/** `asked whether …`, `asked reporters if …`, `asked Trump why …`: the question, from its first
 *  word, past a listener of up to five words; `asked for help`, `asked him to resign` report no
 *  words (the end of the tokens). (`who`, `which`, `when` only right after the cue: after a listener
 *  they open a relative or a time clause, `asked the man who …`.) (A function of its own, as
 *  spokenOf.) */
function questionAsked(toks: Tok[], last: number): number {
  if (ASKED_RIGHT_AFTER.has(toks[last + 1]?.lower ?? '')) return last + 1;
  for (let k = last + 1; k < toks.length && k - last <= 6 && toks[k].kind === 'word'; k++) if (WH_WORDS.has(toks[k].lower)) return k;
  return toks.length;
}
const ASKED_RIGHT_AFTER = new Set(['who', 'which', 'when']);

/** Where the reported clause starts after a cue: past a listener (`told reporters`), a time
 * (`on Sunday`) and `that`. */
const NEGATIONS = new Set(['not', 'never']);
export function contentStart(toks: Tok[], c: CueAt): number {
  let k = c.last + 1;
  if (c.verb.lemma === 'speak') return spokenOf(toks, c.last);
  if (c.verb.lemma === 'ask') return questionAsked(toks, c.last);
  if (c.verb.lemma === 'tell') {
    // The listener runs to `that` (`told Cruz backers Saturday night that …`) or to the clause's
    // subject pronoun (`told the crowd he was …`); else a plain listener opens the sentence's
    // object (`told reporters the plan was dead`, `told CNN the talks failed`).
    const from = k;
    while (k < toks.length && toks[k].kind === 'word' && toks[k].lower !== 'that' && !(k > c.last + 1 && PRONOUNS.has(toks[k].lower)) && k - c.last < 6) k++;
    // (`told Obama as he stopped …`: the pronoun opens a clause of time, not what was told.)
    if (SUBORDINATORS.has(toks[k - 1]?.lower ?? '') && PRONOUNS.has(toks[k]?.lower ?? '')) return toks.length;
    if (toks[k]?.lower !== 'that' && !PRONOUNS.has(toks[k]?.lower ?? '')) {
      const listener = pastWhereAndWhen(toks, listenerEnd(toks, from));
      const next = toks[listener];
      if (listener > from && next?.kind === 'word' && (DETERMINERS.has(next.lower) || next.upper || PRONOUNS.has(next.lower) || WH_WORDS.has(next.lower))) k = listener;
      else {
        // (`told a hotel in downtown Baltimore that …`, `told host Alex Marlow on Thursday how …`:
        // a longer listener, then `that` or a question; `told reporters in Mexico City on
        // Monday.`: a listener, where and when, and no clause.)
        let at = from;
        while (at < toks.length && at - from < 12 && (toks[at].kind === 'word' || /^[“”"]$/.test(toks[at].text)) && toks[at].lower !== 'that' && !WH_WORDS.has(toks[at].lower)) at++;
        if (toks[at]?.lower !== 'that' && !WH_WORDS.has(toks[at]?.lower ?? '')) return toks.length;
        k = at;
      }
    }
  }
  // (`on Sunday` is a time; `on MSNBC’s “Morning Joe”` is where, and no clause follows.)
  // (A negation opens what was said: `pleaded not guilty`, `says not acting would be a mistake`.)
  while (k < toks.length && toks[k].kind === 'word' && BETWEEN_SUBJECT_AND_CUE.has(toks[k].lower) && !NEGATIONS.has(toks[k].lower) && toks[k].lower !== 'that' && !(toks[k].lower === 'on' && !BETWEEN_SUBJECT_AND_CUE.has(toks[k + 1]?.lower ?? ''))) k++;
  // `has said for weeks he's the only one`: how long it was said for.
  if (toks[k]?.lower === 'for' && DURATIONS.has(toks[k + 1]?.lower ?? '')) k += 2;
  // `said in a statement that …`
  let that = -1;
  // (Not `said of that on-ramp …`: after a preposition `that` is a determiner.)
  // (Nor `a post that criticized …`, `a statement that was released Monday`: a verb right after
  // `that` makes it a relative clause's, on the noun before.)
  for (let j = k; j < toks.length && j - k < 8 && that < 0; j++) if (toks[j].lower === 'that' && !PREPOSITIONS.has(toks[j - 1].lower) && !(j > k && relativeVerb(toks[j + 1], toks[j + 2]))) that = j;
  // (Not `vowed to respond to the strike that killed …`: an infinitive is what was vowed, and its
  // `that` opens a relative clause.)
  // (Nor past a time: `said not long ago that …`.)
  // (Nor past `back in December`, or an adverb right before it: `said only that …`, `said
  // privately that …`.)
  const lead = toks[k]?.lower ?? '';
  const opensAside = PREPOSITIONS.has(lead) || (lead === 'back' && PREPOSITIONS.has(toks[k + 1]?.lower ?? ''));
  if (that === k + 1 && (lead === 'only' || (toks[k] !== undefined && isLyAdverb(toks[k])))) k = that;
  else if (that >= 0 && (opensAside || toks[that - 1].lower === 'ago') && toks.slice(k, that).every((t) => t.kind === 'word' || /^[“”"‘’']$/.test(t.text)) && !infinitiveIn(toks, k, that)) k = that;
  if (toks[k]?.lower === 'that') k++;
  return k;
}

/** An auxiliary, or a verb in the past before its object (`was`, `criticized the`), which no
 *  subject of a clause opens with (not `she’s`, `nothing`, `skilled workers`). */
function relativeVerb(t: Tok | undefined, next: Tok | undefined): boolean {
  if (t === undefined || !t.plain) return false;
  if (AUXILIARIES.has(t.lower)) return true;
  const object = next !== undefined && (DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || PREPOSITIONS.has(next.lower) || /^\d/.test(next.text));
  return object && (PAST_FORM.test(t.lower) || IRREGULAR_PASTS.has(t.lower));
}
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'might', 'must']);
const PAST_FORM = /^\p{Ll}{3,}ed$/u;

/** `to` then a lower-case word that is no determiner, pronoun or plural (`to respond`, not `to
 *  reporters`, `to the board`, `to me`) among tokens [from, to). */
function infinitiveIn(toks: Tok[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) {
    const next = toks[j + 1];
    if (toks[j].lower === 'to' && next.kind === 'word' && !next.upper && /^\p{Ll}+$/u.test(next.text) && !next.lower.endsWith('s') && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower)) return true;
  }
  return false;
}

/** Between the end of a reported clause and the next cue, only joints and adverbs: the cue has no
 * subject of its own (`, and specifically mentioned …`, `, saying …`). */
export function noSubjectBetween(toks: Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (toks[j].upper || (toks[j].kind === 'word' && !/^(?:and|but|then|also|later|\p{Ll}+ly)$/u.test(toks[j].lower))) return false;
  return true;
}

const VERB_LIKE = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|\p{Ll}+ed)$/u;

/** Tokens [from, to) after `according to X,` are a note on X, not what X says: an appositive
 * (`a California-based data firm`, `director of the survey center`, `one of the unions`), a
 * relative (`who studied it`, `where 475 delegates are at stake`) or a participle (`writing for
 * RealClearPolitics`, `including one from Monmouth University`). */
export function sourceNote(toks: Tok[], from: number, to: number): boolean {
  const w = toks[from]?.lower ?? '';
  if (/^(?:who|whom|whose|which|where|including|writing)$/.test(w)) return true;
  if (sourceAppositive(toks, from, to)) return true;
  // (`director of …`, `one of …`: a lower-case head and a preposition, then no verb, closed by a
  // comma: `most of the voters support him.` is a clause.)
  if (toks[from]?.kind !== 'word' || toks[from].upper || !NP_PREPOSITIONS.has(toks[from + 1]?.lower ?? '') || to - from > 12 || to >= toks.length) return false;
  for (let j = from + 2; j < to; j++) if (VERB_LIKE.test(toks[j].lower) || FINITE_VERBS.has(toks[j].lower)) return false;
  return true;
}

/** Tokens [from, to) are an appositive noun phrase: `a California-based data firm`, `the ABC
 * affiliate in Madison,` (an article, a few words, no verb; after `the`, closed by a comma and not
 * even a present tense), not a clause (`a man was killed`, `the company loses money`). */
function sourceAppositive(toks: Tok[], from: number, to: number): boolean {
  const article = toks[from]?.lower ?? '';
  if (!/^(?:a|an|the)$/.test(article) || to - from > 9 || (article === 'the' && to >= toks.length)) return false;
  for (let j = from + 1; j < to; j++) {
    const w = toks[j];
    if (w.kind === 'word' ? VERB_LIKE.test(w.lower) || FINITE_VERBS.has(w.lower) || (article === 'the' && verbWord(w)) : !(w.text === '-' || (j === to - 1 && /^[.!?]$/.test(w.text)))) return false;
  }
  return true;
}

/** A word that makes the words around it a clause (`conflicts`, `was`, `he's`), not an adverbial (`On Monday`). */
export function verbWord(w: Tok): boolean {
  return w.kind === 'word' && !w.upper && (VERB_LIKE.test(w.lower) || /^\p{Ll}{3,}(?:s|ing)$/u.test(w.lower) || /['’](?:s|re|ll|ve|d)$|n['’]t$/.test(w.lower));
}

// Words that may open a clause of its own after a parenthetical cue (`…, Rubio said, the law …`).
const CLAUSE_OPENERS = new Set([...DETERMINERS, ...PRONOUNS, ...PREPOSITIONS, 'there', 'it', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'no', 'if', 'when', 'while', 'because', 'as', 'although', 'though', 'since', 'unless', 'once', 'after', 'before', 'but', 'and', 'so', 'yet', 'not', 'only', 'even']);

/** A lower-case word that opens no clause: the predicate of the words before the cue. */
export function predicateOpens(t: Tok | undefined): boolean {
  return !!t && t.kind === 'word' && !t.upper && !CLAUSE_OPENERS.has(t.lower) && !/^\d/.test(t.text);
}

/** Tokens before the comma at `comma` are `Name, a/the …` with no verb: a subject and its appositive.
 * (Both are short: the scans stop after a few words, so long sentences cost no more per cue.) */
export function appositiveBefore(toks: Tok[], comma: number): boolean {
  let p = comma - 1;
  while (p >= 0 && comma - p <= 12 && toks[p].text !== ',') p--;
  if (p < 1 || p > 8 || toks[p].text !== ',' || !/^(?:a|an|the)$/.test(toks[p + 1]?.lower ?? '')) return false;
  // The subject is a name opening the sentence (`Tom Reyes`, `Sen. Ann Lee`), not a clause ending in one.
  for (let j = 0; j < p; j++) if (toks[j].kind === 'word' ? !toks[j].upper : toks[j].text !== '.') return false;
  return !verbBetween(toks, p + 1, comma, false);
}

/** `…, his top aide, Tad Devine, told …`: before the comma at `comma`, a description set beside
 *  the name after it (a few words, one of them lower case, no verb) and the comma opening it; the
 *  index of that comma, else -1. */
const POSSESSIVE_S = /^\p{Ll}+['’]s$/u;
export function descriptionCommaBefore(toks: Tok[], comma: number): number {
  let p = comma - 1;
  let lower = false;
  // (`“…,” Sanders's campaign manager, Jeff Weaver, said`: a quote's closing mark after its comma opens it too.)
  while (p >= 0 && comma - p <= 8 && toks[p].text !== ',' && !(isQuoteMark(toks[p]) && toks[p - 1]?.text === ',')) {
    if (toks[p].kind === 'word') {
      // (`America's global influence remains a force`: a clause, not a description; but an owner's
      // `’s` is no verb: `the coalition’s executive director`.)
      if (verbWord(toks[p]) && !(POSSESSIVE_S.test(toks[p].text) && toks[p + 1]?.kind === 'word' && p + 1 < comma)) return -1;
      lower ||= !toks[p].upper;
    } else if (toks[p].text !== '.' && !/^['’]s?$/.test(toks[p].text)) return -1;
    p--;
  }
  // It opens with a determiner or an owner (`his top aide`, `the group's founder`, `Sanders's campaign manager`).
  const first = toks[p + 1];
  const opens = first !== undefined && (DETERMINERS.has(first.lower) || (first.upper && /['’]s?$/.test(first.text)) || /^['’]s?$/.test(toks[p + 2]?.text ?? ''));
  return p > 0 && (toks[p].text === ',' || isQuoteMark(toks[p])) && lower && opens && !verbBetween(toks, p + 1, comma, false) ? p : -1;
}

/** A verb among tokens [from, to); with `besideCue`, auxiliaries of the cue aside (`Paul Ryan has pointed out`). */
export function verbBetween(toks: Tok[], from: number, to: number, besideCue = true): boolean {
  for (let j = from; j < to; j++) {
    const w = toks[j];
    if (w.kind === 'word' && !(besideCue && BETWEEN_SUBJECT_AND_CUE.has(w.lower)) && (VERB_LIKE.test(w.lower) || IRREGULAR_PASTS.has(w.lower))) return true;
  }
  return false;
}

const SUBORDINATORS = new Set(['after', 'when', 'since', 'because', 'although', 'though', 'while', 'once', 'until', 'before', 'if', 'whereas', 'as']);

/** The sentence opens with a subordinate clause that reaches the cue at `cueFirst`: no comma
 * (`nextComma`, the sentence's index) between its subordinator and the cue. */
export function opensSubordinate(toks: Tok[], cueFirst: number, nextComma: (j: number) => number): boolean {
  let k = 0;
  while (k < toks.length && k < 3 && toks[k].kind === 'punct') k++;
  // (`Just days after …`, `Two weeks before …`: a short measure may come first.)
  for (let j = k; j < toks.length && j <= k + 3 && j < cueFirst; j++) if (SUBORDINATORS.has(toks[j].lower)) return nextComma(j) > cueFirst;
  return false;
}

/** Tokens [from, last] after an inverted cue's speaker are a note on that speaker, not a clause:
 * `…, said Steve Grubbs, an Iowa operative working for Rand Paul’s campaign.`, `…, said Julie
 * Mason, host of “The Press Pool”.`, `…, said an American official who was briefed on it.` */
export function speakerNoteTo(toks: Tok[], from: number, last: number): boolean {
  if (last - from > 20) return false;
  if (toks[from]?.lower === 'who') return true;
  if (toks[from]?.text !== ',') return false;
  const head = toks[from + 1]?.lower ?? '';
  if (head === 'who') return true;
  // An appositive: `an Iowa operative …`, `host of …`, `President Obama's 2008 campaign director`.
  if (!/^(?:a|an|the)$/.test(head) && !toks[from + 1]?.upper && !NP_PREPOSITIONS.has(toks[from + 2]?.lower ?? '') && !roleBeforePreposition(toks, from + 1)) return false;
  return !verbBetween(toks, from + 1, last + 1, false);
}

/** `senior foreign exchange trader and strategist at Tempus Inc.`: a role of a few lower-case words
 *  with no article (wire copy's way), then where it is held. */
function roleBeforePreposition(toks: Tok[], from: number): boolean {
  let j = from;
  while (j < toks.length && j - from < 7 && toks[j].kind === 'word' && !toks[j].upper && !NP_PREPOSITIONS.has(toks[j].lower) && !verbWord(toks[j])) j++;
  return j > from + 1 && NP_PREPOSITIONS.has(toks[j]?.lower ?? '');
}

/** Words before a parenthetical cue that only say when or where (`Six months ago, the senator
 * said, …`, `In both cases, Eric Trump said, …`): a preposition or a time word at one end and no
 * finite verb between. `last` is the comma after them. */
export function openingAdverbial(toks: Tok[], last: number): boolean {
  // (Short by nature: the bound keeps many cues in one long sentence from rescanning it.)
  if (last < 1 || last > 12) return false;
  if (!PREPOSITIONS.has(toks[0].lower) && !/^(?:ago|earlier|later|before)$/.test(toks[last - 1].lower)) return false;
  return !verbBetween(toks, 0, last, false);
}

/** `said little about how …`, `said nothing of the deal`, `said much.`: how much was said, not
 * what (but `said little has changed`, `said more needs to be done`, `said much of the talk was
 * about Israel` are clauses). */
function amountSaid(toks: Tok[], from: number): boolean {
  const w = toks[from]?.lower ?? '', next = toks[from + 1];
  if (!/^(?:little|nothing|much|less|more)$/.test(w)) return false;
  return !next || next.kind !== 'word' || /^(?:about|on|to|in|regarding|at|publicly|since)$/.test(next.lower) || (w === 'nothing' && next.lower === 'of');
}

/** `said so in December`, `said yes while …`, `said the same thing`: words standing for what was
 * said elsewhere, not the words themselves. */
function anaphoricContent(toks: Tok[], from: number): boolean {
  const w = toks[from]?.lower ?? '', next = toks[from + 1]?.lower ?? '';
  if (w === 'yes') return true;
  if (w === 'so') return !/^(?:far|many|much|long|-)$/.test(next) && !verbWord(toks[from + 2] ?? toks[from]);
  return w === 'the' && next === 'same' && /^(?:things?)?$/.test(toks[from + 2]?.kind === 'word' ? toks[from + 2].lower : '');
}

/** Words after a cue that begin or carry a clause of their own: no mere occasion follows them. */
const CLAUSE_WORDS = new Set([...PRONOUNS, ...SUBORDINATORS, 'that', 'which', 'who', 'whom', 'whose', 'where', 'how', 'why', 'whether', 'and', 'but', 'or', 'so', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did']);
/** Cues of words said, which a clause before them may report (not `spoke with`, `charged with`). */
const OCCASION_CUES = new Set(['say', 'tell', 'write', 'add', 'note', 'explain', 'warn', 'insist', 'argue', 'claim', 'reply', 'respond', 'tweet', 'announce', 'state', 'declare', 'acknowledge', 'admit', 'confirm', 'predict', 'report', 'recall', 'post', 'assert', 'stress', 'emphasize', 'contend', 'maintain', 'concede', 'allege', 'complain', 'boast', 'quip', 'suggest']);
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'during', 'via', 'from', 'before', 'after', 'through', 'over', 'earlier', 'later', 'last', 'this', 'yesterday', 'today']);
/** Words before which an -ing or -ed word names a thing or an occasion (`a press briefing`, `a prepared statement`). */
const NOUN_BEFORE = new Set(['press', 'news', 'campaign', 'morning', 'evening', 'radio', 'town']);

/** `…, Graham told reporters.`, `…, she said in a statement on Monday.`: after the cue, up to the
 *  sentence's end, only to whom, where and when it was said (no verb, no clause, a dozen words at
 *  most), so the words before the comma are what was said. */
export function onlyOccasionAfter(toks: Tok[], from: number, lemma: string): boolean {
  const last = toks.length - 1;
  if (!OCCASION_CUES.has(lemma) || from >= last || last - from > 14 || !/^[.!?]$/.test(toks[last].text)) return false;
  // It opens with a preposition, a name or a time (`in a statement`, `CNN`, `Tuesday`), or after
  // `told` with a listener (`told reporters`), never with an object (`added 1 million jobs`).
  const first = toks[from];
  if (!(first.upper || OCCASION_PREPOSITIONS.has(first.lower) || (lemma === 'tell' && (LISTENERS.test(first.lower) || OBJECT_PRONOUNS.has(first.lower))))) return false;
  for (let j = from; j < last; j++) {
    const t = toks[j];
    if (t.kind !== 'word') {
      // (An abbreviation's full stop: `the U.S. Senate`; a possessive: `CNN’s`.)
      if (!(t.text === '.' && toks[j - 1]?.upper) && !/^['’]s$/.test(t.text)) return false;
      continue;
    }
    if (t.upper) continue;
    if (CLAUSE_WORDS.has(t.lower)) return false;
    if (t.lower === 'to' && !(DETERMINERS.has(toks[j + 1]?.lower ?? '') || toks[j + 1]?.upper || OBJECT_PRONOUNS.has(toks[j + 1]?.lower ?? '') || LISTENERS.test(toks[j + 1]?.lower ?? ''))) return false;
    if (/^\p{Ll}{3,}(?:ing|ed)$/u.test(t.lower) && !(DETERMINERS.has(toks[j - 1]?.lower ?? '') || NOUN_BEFORE.has(toks[j - 1]?.lower ?? '') || toks[j - 1]?.upper)) return false;
  }
  return true;
}
