// Finds the cue and the speaker phrase of one quoted stretch, looking after the closing mark
// (`,” McCormack told reporters`, `,” said X`) and before the opening one (`Barzani said, “`,
// `X: “`, `according to X, “`, `Shamkhani said some “…”`).
import { cueAt, negated, type CueAt, type CueIndex } from './cues.js';
import { NAMING } from './naming.js';
import type { AttributionVerb } from '../types.js';
import { withEnds, type QuotedStretch } from './marks.js';
import { afterPrepositionObject, changedNP, clauseSubject, isSpeakerLike, isSpeakerNoun, phraseAfter, senderOf, subjectBefore, type SpeakerNP } from './speaker-np.js';
import { tokenize, type Tok } from './tokens.js';
import { verbBase } from './base-form.js';
import { firstStartingAt } from '../spans.js';
import { BETWEEN_SUBJECT_AND_CUE, DETERMINERS, GROUP_QUANTIFIERS, NO_INVERSION, NP_PREPOSITIONS, PREPOSITIONS, RELATIVE_GAP_VERBS } from './words.js';

export interface Attribution {
  np: SpeakerNP;
  cue: { start: number; end: number; text: string; lemma: string };
  /** Where the cue sits relative to the quote. */
  side: 'after' | 'before';
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Jr|Sr|St|Mt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|Rev|Prof|Gov|Maj|Ft)|\b\p{Lu}|\.\p{Lu})$/u;

/** Whether text[from, to) holds a stop other than an abbreviation's dot (`Mr. Daniloff, now 81`). */
function hasStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ';' || c === ':' || c === '!' || c === '?') return true;
    if (c === '.' && !ABBREV.test(text.slice(Math.max(from, i - 6), i))) return true;
  }
  return false;
}

/** Last sentence end in text[from, to) outside quotes, or from. */
export function clauseStart(text: string, from: number, to: number): number {
  const re = /[.!?]+(?=\s+\S)/g;
  let start = from;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // (Length first: a lone `.` is an internalized string, `?!` is not, and optimised code
    // comparing both with `.` deoptimised the quote stage's largest callback, inlining this.)
    if (m[0].length === 1 && m[0] === '.' && ABBREV.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
    start = from + m.index + m[0].length;
  }
  return start;
}

/** First sentence end in text[from, to), or to. */
export function clauseEnd(text: string, from: number, to: number): number {
  const re = /[.!?](?=[\s”"’']|$)/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] === '.' && ABBREV.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
    return from + m.index + 1;
  }
  return to;
}

const toCue = (toks: Tok[], c: CueAt, text: string): Attribution['cue'] => ({
  start: toks[c.first].start,
  end: toks[c.last].end,
  text: text.slice(toks[c.first].start, toks[c.last].end),
  lemma: c.verb.lemma,
});

// `referred to Warren as “…”`: the phrase after `refer to` is whom the words name, never the speaker.
const canInvert = (c: CueAt) => !NO_INVERSION.has(c.verb.lemma) && c.verb.lemma !== 'according to' && c.verb.lemma !== 'refer to';

const WHEN_OR_WHERE = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'yesterday', 'today']);
/** `,” exhorted Clinton's introducer, actress Jamie Lee Curtis.`: a description after an inverted
 * cue, then a name set off by a comma that ends the sentence, is that named person (the description
 * their role). */
function nameInAppositive(toks: Tok[], np: SpeakerNP, text: string): SpeakerNP | null {
  const comma = firstStartingAt(toks, np.end);
  if (toks[comma]?.text !== ',') return null;
  const named = phraseAfter(toks, comma, text);
  const end = named ? firstStartingAt(toks, named.end) : -1;
  // (Then the sentence ends, or where and when it was said follows: `, Sergei Lavrov, on Friday.`)
  if (!named || named.type !== 'name' || named.nameWords.length < 2) return null;
  const ends = end >= toks.length || /^[.;]$/.test(toks[end].text) || (toks[end].text === ',' && WHEN_OR_WHERE.has(toks[end + 1]?.lower ?? ''));
  if (!ends) return null;
  return changedNP(named, named, np.text);
}

const NEW_CLAUSE_JOINS = new Set(['while', 'whereas', 'but', 'although', 'though', 'and', 'as']);

/** `,” McCormack told reporters` / `,” said Sen. Graham` / `.” Graham said.` */
export function attributeAfter(text: string, q: QuotedStretch, to: number, index: CueIndex, loose: boolean): Attribution | null {
  const from = q.close!.end;
  const toks = tokenize(text, from, Math.min(to, from + 300));
  let i = 0;
  // A nested quote's own closing mark may follow (`'We'll bomb them,''' said X`).
  while (i < toks.length && toks[i].kind === 'punct' && /^(?:[,—–-]|[’'”"]|'')$/.test(toks[i].text)) i++;
  if (i >= toks.length) return null;
  // `said the protests were “hijacked”, while Raila Odinga said …`: a conjunction after the quote
  // opens another clause, whose cue is that clause's own.
  if (i > 0 && toks[i - 1].text === ',' && NEW_CLAUSE_JOINS.has(toks[i].lower)) return null;
  const first = cueAt(index, toks, i);
  // `,” according to the survey` / `,” said Sen. Graham`, but not `,” said the candidate could …`
  if (first && (canInvert(first) || first.verb.lemma === 'according to')) {
    const np = phraseAfter(toks, first.last, text, first.verb.lemma === 'according to');
    // A participle's clause is what was said (`,” saying he was referring to …`): its subject is the speaker's own.
    const participle = toks[first.first].lower.endsWith('ing');
    // (Not a phrase that cannot speak: `,” saying the city embodied the “…”`.)
    if (np && (participle ? np.type !== 'description' || isSpeakerLike(np, true) : !(first.verb.lemma !== 'according to' && opensClause(toks, np)))) {
      return { np: np.type === 'description' && !participle ? nameInAppositive(toks, np, text) ?? np : np, cue: toCue(toks, first, text), side: 'after' };
    }
  }
  // `,” including ending the sales goals that regulators blamed`: a participle opening the words
  // after the quote starts a phrase of the writer's, not the speaker's.
  const writers = toks[i].kind === 'word' && /^\p{Ll}+ing$/u.test(toks[i].text);
  // `” – Bernie Sanders`: a dash signature, a name and nothing more in the sentence.
  if (i > 0 && /^[—–-]$/.test(toks[i - 1].text) && !first) {
    const np = phraseAfter(toks, i - 1, text);
    const next = toks.find((t) => t.start >= (np?.end ?? Infinity));
    if (np && np.type === 'name' && (!next || /^[.(,]$/.test(next.text))) return { np, cue: toCue(toks, { first: i - 1, last: i - 1, verb: DASH }, text), side: 'after' };
  }
  // Wide enough for a long appositive: `,” the economist Jared Bernstein, a former adviser in the Obama White House, wrote`.
  for (let k = i + 1; k < toks.length && k < i + 32; k++) {
    // (A currency or percent sign is part of a name or a figure: `Fight for $15 organizing director`.)
    if (toks[k].kind === 'punct' && !/^[.,\-()$%&]$/.test(toks[k].text)) break;
    // `“…,” referencing its donations, but multiple reports reveal`: a new clause, another source.
    if (CONTRAST.has(toks[k].lower)) break;
    const c = cueAt(index, toks, k);
    if (!c) continue;
    const np = subjectBefore(toks, c.first, text);
    // The phrase must open the window: `,” the assailant, John McGraw, told`.
    if (!np || np.start < toks[i].start || (writers && np.start > toks[i].start) || hasStop(text, toks[i].start, np.start) || !isSpeakerLike(np, true)) continue;
    // After a full stop the words may start a new sentence: accept only a short `Smith said.`
    if (loose && (np.type === 'description' || toks.length - c.last > 7)) return null;
    return { np, cue: toCue(toks, c, text), side: 'after' };
  }
  return null;
}

/** `which two aides said was`: the phrase opens a relative clause whose verb comes after the cue. */
function ownRelativeSubject(toks: Tok[], np: SpeakerNP, c: CueAt): boolean {
  const before = toks[firstStartingAt(toks, np.start) - 1]?.lower;
  return (before === 'which' || before === 'that') && RELATIVE_GAP_VERBS.has(toks[c.last + 1]?.lower ?? '');
}

/** `Barzani said, “` / `X: “` / `according to X, “` / `Shamkhani said some “…”` */
export function attributeBefore(text: string, q: QuotedStretch, from: number, index: CueIndex): Attribution | null {
  const toks = tokenize(text, from, q.open.start);
  if (!toks.length) return null;
  const skipped = parentheticals(toks);
  // `X said … and called him “…”`: the later cue's subject is the earlier one's.
  let coordinated: CueAt | null = null;
  let described: Attribution | null = null;
  for (let k = toks.length - 1; k >= 0; k--) {
    if (skipped.has(k)) continue;
    const c = cueAt(index, toks, k);
    // (A negated cue names no one's words, but a name for someone stays the speaker's coinage:
    // `not once referring to his rivals as ‘Little Marco’`.)
    if (!c || (negated(toks, c.first) && !NAMING.has(c.verb.lemma) && c.verb.lemma !== 'refer to')) continue;
    if (c.verb.lemma === 'according to') {
      const np = phraseAfter(toks, c.last, text, true);
      if (np) return { np, cue: toCue(toks, coordinated ?? c, text), side: 'before' };
      continue;
    }
    // `X was asked by Y whether “…”`, `has been called “…” by Y`: the agent speaks, not the subject.
    // (`was often labeled`: an adverb may come between; `The hearings, often labeled as “…” by Y,`:
    // a participle after a comma is passive when an agent follows.)
    const aux = /(?:ly|often|also|widely|long|once)$/.test(toks[c.first - 1]?.lower ?? '') ? c.first - 2 : c.first - 1;
    const pastParticiple = /(?:ed|en|ld|wn|id)$/.test(toks[c.last].lower);
    if (pastParticiple && PASSIVE_AUX.has(toks[aux]?.lower ?? '')) {
      const agent = byAgent(text, toks, c.last, q);
      if (agent) return { np: agent, cue: toCue(toks, c, text), side: 'before' };
      continue;
    }
    if (pastParticiple && /^[,—–]$/.test(toks[aux]?.text ?? '') && c.verb.lemma !== 'say') {
      // (Only a speaker right after the quote: `X, a senator, said in a letter signed by Y` and
      // `X, an ally, called them “…” by waiting` are active.)
      const agent = byAgent(text, [], -1, q);
      if (agent && isSpeakerLike(agent, true) && !/^\p{Ll}+ing\b/u.test(agent.text)) return { np: agent, cue: toCue(toks, c, text), side: 'before' };
    }
    // `…, saying “…”`: the participle's subject is the clause's; `while denouncing the “…” of X,
    // she …`: an adverbial participle's subject opens the main clause after it.
    const participle = toks[c.first].lower.endsWith('ing');
    const found =
      participle && (/^(?:,|as)$/.test(toks[c.first - 1]?.lower ?? '') || afterPrepositionObject(toks, c.first)) ? subordinateSubject(toks, c.first, text) ?? clauseSubject(toks, text)
      : participle && ADVERBIAL.has(toks[c.first - 1]?.lower ?? '') && (c.first === 1 || /^(?:,|but|and|yet|so)$/.test(toks[c.first - 2].lower)) ? mainSubjectAfter(text, q)
      : sentBy(toks, subjectBefore(toks, c.first, text), participle, text);
    // `primary states`, `the city embodied the`: a phrase that cannot speak is no subject of a cue.
    const np = found && (isSpeakerLike(found, true) || isGroupPronoun(found)) ? found : null;
    // A description may be a noun read as a verb (`protests demands`): a named subject of an
    // earlier cue in the clause wins.
    // (Not the subject of a relative clause whose own verb follows the cue: in `…, which two aides
    // said was “a disaster”` the aides speak.)
    if (np && np.type === 'description' && !ownRelativeSubject(toks, np, c)) {
      described ??= { np, cue: toCue(toks, coordinated ?? c, text), side: 'before' };
      continue;
    }
    if (np) return { np, cue: toCue(toks, coordinated ?? c, text), side: 'before' };
    if (/^(?:and|but)$/.test(toks[c.first - 1]?.lower ?? '')) {
      coordinated ??= c;
      continue;
    }
    if (canInvert(c)) {
      const after = phraseAfter(toks, c.last, text);
      // `said Sanders has pushed her`: a name opening the reported clause is its subject, not the speaker.
      // Before a quote an inverted phrase ends at a comma, a colon or the mark (`said Smith, “…`),
      // never runs on into a clause (`said Sanders has pushed her to be a “…”`).
      const next = after ? toks[firstStartingAt(toks, after.end)] : undefined;
      if (after && after.type !== 'description' && (!next || next.kind === 'punct')) return { np: after, cue: toCue(toks, c, text), side: 'before' };
    }
  }
  if (described) return described;
  // `Cruz knocked Rubio on trade and called him a “…”`: a cue coordinated with a verb that is no
  // cue shares that verb's subject, the clause's.
  if (coordinated) {
    const np = clauseSubject(toks, text);
    if (np && np.end <= toks[coordinated.first].start && isSpeakerLike(np)) return { np, cue: toCue(toks, coordinated, text), side: 'before' };
  }
  const last = toks[toks.length - 1];
  // `Graham: “…”` — a name right before a colon.
  if (last.text === ':' && toks.length >= 2) {
    const np = subjectBefore(toks, toks.length - 1, text);
    if (np && np.type !== 'description') return { np, cue: { start: last.start, end: last.end, text: ':', lemma: ':' }, side: 'before' };
    // `Sanders made the following comment:`: the clause's subject put out the words announced.
    if (np && /^(?:the following|this|these|his|her|their)\s+(?:\p{Ll}+\s+)?(?:comments?|remarks?|statement|message|words|tweet|post)$/iu.test(np.text)) {
      const subject = clauseSubject(toks, text);
      const noun = toks[toks.length - 2];
      // (Only the subject's own verb between: `the website, which contains the following statement:`
      // is the website's.)
      const between = subject ? toks.slice(firstStartingAt(toks, subject.end), firstStartingAt(toks, np.start)) : [];
      if (subject && subject.end <= np.start && isSpeakerLike(subject, true) && between.every((t) => t.kind === 'word' && !/^(?:which|that|who)$/.test(t.lower))) {
        return { np: subject, cue: nominalCue(noun), side: 'before' };
      }
    }
  }
  // `Silverman interjected, “…”`: any verb right before the comma or colon introducing a quote.
  const verb = toks[toks.length - 2];
  // (Not a noun: `shortly after Rubio’s speech:`, `the following:`.)
  const owner = toks[toks.length - 3];
  const noun = !!owner && (DETERMINERS.has(owner.lower) || /[’']s$/.test(owner.text));
  if ((last.text === ',' || last.text === ':') && verb && /^\p{Ll}+$/u.test(verb.text) && !noun) {
    const np = subjectBefore(toks, toks.length - 2, text);
    if (np && np.type !== 'description') return { np, cue: { start: verb.start, end: verb.end, text: verb.text, lemma: cueLemma(verb.lower, index) }, side: 'before' };
  }
  return null;
}

/** `,” said the candidate could be …`: the phrase after a cue opens a reported clause (a verb follows). */
function opensClause(toks: Tok[], np: SpeakerNP): boolean {
  const at = firstStartingAt(toks, np.end);
  const next = toks[at];
  if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  if (AUX_OR_MODAL.has(next.lower)) return true;
  // `said the letter signed by 35 doctors`: a participle and its agent qualify the phrase.
  if (next.lower.endsWith('ed') && toks[at + 1]?.lower === 'by') return false;
  return !BETWEEN_SUBJECT_AND_CUE.has(next.lower) && next.lower.length >= 4 && /(?:ed|[^su]s)$/.test(next.lower) && !NOT_VERBS.has(next.lower);
}

const AUX_OR_MODAL = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did']);
const NOT_VERBS = new Set(['this', 'thus', 'plus', 'less', 'unless', 'whereas', 'perhaps', 'always', 'sometimes', 'besides', 'towards', 'afterwards', 'needed']);
const ADVERBIAL = new Set(['while', 'after', 'before', 'in', 'by', 'when', 'since', 'without', 'on', 'upon']);

/** The subject of the main clause after the adverbial a quote sits in: past the first comma after
 * the closing mark, within the sentence (`In declaring X “not Christian,” the pope demonstrated`). */
function mainSubjectAfter(text: string, q: QuotedStretch): SpeakerNP | null {
  if (!q.close) return null;
  const toks = tokenize(text, q.close.end, Math.min(text.length, q.close.end + 200));
  // The comma may close the quote itself: `“not Christian,” the pope …`.
  let k = /,\s*$/.test(text.slice(q.content.start, q.content.end)) ? -1 : 0;
  while (k >= 0 && k < toks.length && toks[k].text !== ',' && !/^[.;:!?]$/.test(toks[k].text)) k++;
  if (k >= 0 && toks[k]?.text !== ',') return null;
  const subject = clauseSubject(toks.slice(k + 1), text);
  return subject && subject.type !== 'description' || (subject && isSpeakerLike(subject, true)) ? subject : null;
}

/** `sent her a letter citing the “…”`: a participle after a document sent is its sender's. */
const sentBy = (toks: Tok[], np: SpeakerNP | null, participle: boolean, text: string) => (np && participle && senderOf(toks, np, text)) || np;

const CONTRAST = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets']);
const DASH: AttributionVerb = { id: 'dash-signature', lemma: '—', forms: ['—'], connotation: 'neutral', explanation: 'A dash signature after a quote.', examples: { match: [], noMatch: [] }, file: '' };

/** The agent of a passive cue: `by Y` right after the cue, or right after the closing mark. */
function byAgent(text: string, toks: Tok[], cueLast: number, q: QuotedStretch): SpeakerNP | null {
  const by = toks.findIndex((t, k) => k > cueLast && t.lower === 'by');
  if (by >= 0) return phraseAfter(toks, by, text);
  if (!q.close) return null;
  const after = tokenize(text, q.close.end, Math.min(text.length, q.close.end + 120));
  let k = 0;
  while (k < after.length && after[k].kind === 'punct' && after[k].text === ',') k++;
  return after[k]?.lower === 'by' ? phraseAfter(after, k, text) : null;
}

// `Asked by one of Ms. Rice’s aides, “…?”`: `Asked by X,` opening the sentence right before the question.
const ASKED_BY = /(?:^\s*|[.!?]["”’]?\s+|\n\s*)(Asked)\s+by\s+[^,;:“”"]{2,80},\s*$/;

/** A question set before a cue of reply, in a sentence opening with `Asked by X,`: X asked it. */
export function attributeAskedBy(text: string, q: QuotedStretch, beforeFrom: number): Attribution | null {
  const from = Math.max(beforeFrom, q.open.start - 120);
  const m = ASKED_BY.exec(text.slice(from, q.open.start));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  const toks = tokenize(text, at, q.open.start);
  const np = toks[1]?.lower === 'by' ? phraseAfter(toks, 1, text) : null;
  return np ? { np, cue: { start: at, end: at + 5, text: 'Asked', lemma: 'ask' }, side: 'before' } : null;
}

/** A quote with no cue of its own in a sentence that names its source later:
 * `Labor market conditions remained “tight,” with modest gains, according to the survey.` */
export function attributeAccordingTo(text: string, q: QuotedStretch, paraEnd: number, index: CueIndex): Attribution | null {
  if (!q.close) return null;
  const end = clauseEndOutsideQuotes(text, q.close.end, paraEnd);
  const found = accordingToBetween(text, q.close.end, end);
  if (found < 0) return null;
  const at = found - q.close.end;
  const toks = tokenize(text, q.close.end + at, end);
  const c = cueAt(index, toks, 0);
  if (!c || c.verb.lemma !== 'according to') return null;
  const np = phraseAfter(toks, c.last, text, true);
  return np ? { np, cue: toCue(toks, c, text), side: 'after' } : null;
}

const ACCORDING_TO = 'according to';
const ASCII_WORD = /\w/;

/** Every `according to` in a text, found once per text (quotes are attributed one article at a
 * time): its start, whether a word boundary (`\b`) is before it and after it, and for each the
 * first one at or after it with boundaries on both sides. */
interface AccordingTo {
  text: string;
  at: number[];
  before: boolean[];
  after: boolean[];
  nextBounded: Int32Array;
}
let accordingTo: AccordingTo | null = null;

function accordingToIn(text: string): AccordingTo {
  if (accordingTo && accordingTo.text === text) {
    accordingTo.text = text; // later comparisons by reference
    return accordingTo;
  }
  const at: number[] = [], before: boolean[] = [], after: boolean[] = [];
  for (let p = text.indexOf(ACCORDING_TO); p >= 0; p = text.indexOf(ACCORDING_TO, p + 1)) {
    const e = p + ACCORDING_TO.length;
    at.push(p);
    before.push(p === 0 || !ASCII_WORD.test(text[p - 1]));
    after.push(e >= text.length || !ASCII_WORD.test(text[e]));
  }
  const nextBounded = new Int32Array(at.length + 1).fill(at.length);
  for (let i = at.length - 1; i >= 0; i--) nextBounded[i] = before[i] && after[i] ? i : nextBounded[i + 1];
  return (accordingTo = { text, at, before, after, nextBounded });
}

/** Where `text.slice(from, to).search(/\baccording to\b/)` finds it (as an offset into text), or
 * -1; without the slice and the scan, which made each quote cost the rest of its paragraph. The
 * slice's ends are boundaries whatever lies beyond them. */
export function accordingToBetween(text: string, from: number, to: number): number {
  const idx = accordingToIn(text);
  const { at } = idx;
  const last = to - ACCORDING_TO.length;
  let lo = 0, hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  const fits = (i: number) => i < at.length && at[i] <= last && (at[i] === from || idx.before[i]) && (at[i] === last || idx.after[i]);
  if (fits(lo)) return at[lo];
  const g = idx.nextBounded[lo];
  if (g < at.length && at[g] <= last) best = at[g];
  // The one ending where the slice ends needs no boundary after it.
  let k = lo;
  for (let h = at.length; k < h; ) {
    const mid = (k + h) >> 1;
    if (at[mid] < last) k = mid + 1;
    else h = mid;
  }
  if (k < at.length && at[k] === last && fits(k) && (best < 0 || at[k] < best)) best = at[k];
  return best;
}

/** Labels in capitals before a colon that name no speaker (`VIDEO: …`, `UPDATE: …`). */
const NOT_A_TURN = new Set(['VIDEO', 'AUDIO', 'PHOTO', 'PHOTOS', 'UPDATE', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'WATCH', 'READ', 'LISTEN', 'SOURCE', 'CORRECTION', 'BREAKING', 'TRANSCRIPT', 'CAPTION', 'CREDIT', 'RELATED', 'EXCLUSIVE', 'WARNING', 'SUBSCRIBE']);

/** `WALLACE: Let’s start with…` inside the quote: a transcript turn names its speaker. */
export function attributeTranscriptTurn(text: string, q: QuotedStretch): Attribution | null {
  const m = /^\s*((?:\p{Lu}[\p{Lu}'’.-]+)(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u.exec(text.slice(q.content.start, q.content.start + 40));
  if (!m || m[1].length < 3 || NOT_A_TURN.has(m[1])) return null;
  const start = q.content.start + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const words = m[1].split(' ').map((w) => w[0] + w.slice(1).toLowerCase());
  return {
    np: { start, end, text: m[1], type: 'name', nameWords: words, anonymous: false, role: undefined },
    cue: { start: end, end: end + 1, text: ':', lemma: ':' },
    side: 'before',
  };
}

/** Token indexes inside `, which …,` / `, who …,` clauses and brackets: cues there belong to
 * someone else (`Tehran, which the US has assailed as …, were to “…”`). */
function parentheticals(toks: Tok[]): Set<number> {
  const skip = new Set<number>();
  // The next `,` and `)` at or after each token, found once, when the first clause or bracket
  // opens (most windows hold none): unclosed brackets do not rescan.
  let nextComma: number[] | null = null, nextParen: number[] | null = null;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].kind !== 'punct') continue;
    const opensRelative = toks[k].text === ',' && /^(?:which|who|whom|whose)$/.test(toks[k + 1]?.lower ?? '');
    if (!opensRelative && toks[k].text !== '(') continue;
    if (!nextComma || !nextParen) {
      nextComma = new Array<number>(toks.length + 1).fill(toks.length);
      nextParen = new Array<number>(toks.length + 1).fill(toks.length);
      // (Punctuation is told by its kind first: a word's text is never cut here.)
      for (let j = toks.length - 1; j >= 0; j--) {
        const punct = toks[j].kind === 'punct';
        nextComma[j] = punct && toks[j].text === ',' ? j : nextComma[j + 1];
        nextParen[j] = punct && toks[j].text === ')' ? j : nextParen[j + 1];
      }
    }
    const e = (opensRelative ? nextComma : nextParen)[k + 1];
    if (e >= toks.length) continue;
    for (let x = k; x <= e; x++) skip.add(x);
    k = e;
  }
  return skip;
}

const MORE_ADVERBS = new Set(['now', 'since', 'still', 'even', 'long', 'ever', 'also', 'then', 'later', 'once', 'again', 'however', 'never', 'not', 'already', 'always', 'instead', 'often', 'just', 'first', 'recently', 'previously']);
/** Auxiliaries and modals that come before another verb (not the copulas: `is saying` keeps `is`). */
const AUXILIARIES = new Set([...AUX_OR_MODAL, 'do'].filter((w) => !/^(?:is|are|was|were)$/.test(w)));

/** `…, when Sanders protesters interrupted her speech, shouting “…”`: a participle after the
 * comma closing a `when`/`as`/`after` clause is that clause's subject's, when it can speak. */
function subordinateSubject(toks: Tok[], participle: number, text: string): SpeakerNP | null {
  const comma = participle - 1;
  if (toks[comma]?.text !== ',') return null;
  for (let j = comma - 1; j >= 0 && comma - j < 25; j--) {
    if (toks[j].kind === 'punct' && toks[j].text !== '-' && toks[j].text !== '.') return null;
    if (!/^(?:when|while|as|after|before|because|since|until|once)$/.test(toks[j].lower)) continue;
    // (A name, or people in the plural: `a ladder`, `the meeting`, `her statement` are no one.)
    const np = clauseSubject(toks.slice(j + 1, comma), text);
    const last = np?.text.split(/\s+/).pop() ?? '';
    return np && (np.type === 'name' || (np.type === 'description' && /s$/.test(last) && isSpeakerNoun(last))) ? np : null;
  }
  return null;
}

// Words after a subject that are no speech verb: a preposition or determiner (`Flynn’s Life for
// “Lying”`, `Obama's endorsement of the “Ground Zero mosque”`), a conjunction or relative, a copula
// ('': a capitalised word).
const NO_SPEECH_VERB = new Set([...PREPOSITIONS, ...DETERMINERS, 'as', 'and', 'or', 'but', 'than', 'who', 'which', 'that', 'is', 'are', 'was', 'were', 'be', 'been', 'being', '']);

/** Whether an attribution's cue is a word that says how the words were said (else the quote is shown
 *  with its speaker and no cue). */
export const isSpeechCue = (cue: { lemma: string }): boolean => !NO_SPEECH_VERB.has(cue.lemma);

/** A cue verb's lemma: the lexicon's for a form it lists (`accused` → accuse, so its connotation
 * is found), else the base form (`tweaked` → tweak, `got` → get); a word that is no speech verb is
 * kept as it is, for `isSpeechCue`. */
function cueLemma(word: string, index: CueIndex): string {
  const listed = index.single.get(word);
  if (listed) return listed.lemma;
  const base = verbBase(word);
  return NO_SPEECH_VERB.has(word) || NO_SPEECH_VERB.has(base) ? word : base;
}

/** Participles that name or judge someone (`attacking Obama as`, `calling him`). */
const NAMING_PARTICIPLES = new Set(['attacking', 'calling', 'describing', 'labeling', 'labelling', 'branding', 'dubbing', 'deriding', 'dismissing', 'denouncing', 'portraying', 'characterizing', 'characterising', 'accusing', 'mocking', 'ridiculing', 'slamming', 'blasting', 'praising', 'hailing']);
/** The last such participle after token `from`, if any. */
function namingParticiple(toks: Tok[], from: number): Tok | null {
  for (let k = toks.length - 1; k > from; k--) if (toks[k].kind === 'word' && NAMING_PARTICIPLES.has(toks[k].lower)) return toks[k];
  return null;
}

/** For a speech quote with no cue: the clause's subject stands as its speaker. */
export function attributeToSubject(text: string, from: number, to: number, index: CueIndex): Attribution | null {
  const toks = tokenize(text, from, to);
  const np = clauseSubject(toks, text);
  if (!np) return null;
  // `he now believes`, `she has long argued`: the verb is past adverbs, and past auxiliaries
  // before another verb (`has a plan` keeps `has`).
  const after = (t: Tok) => t.start >= np.end && t.kind === 'word';
  const skipped = (k: number) => {
    const t = toks[k], next = toks[k + 1];
    if (MORE_ADVERBS.has(t.lower) || /ly$/.test(t.lower)) return true;
    return AUXILIARIES.has(t.lower) && !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !DETERMINERS.has(next.lower);
  };
  const at = toks.findIndex((t, k) => after(t) && !skipped(k));
  const verb = at >= 0 ? toks[at] : toks.find(after);
  // `From The New York Times to CNN, … this unique “bar”`: a phrase right after a preposition is
  // its object, not the clause's subject.
  const before = toks[firstStartingAt(toks, np.start) - 1];
  if (!verb || (before && PREPOSITIONS.has(before.lower))) return null;
  // `The group continued its offensive …, attacking Obama as an “elitist hypocrite”`: a participle
  // that names someone, nearer the quote, is the cue.
  const naming = namingParticiple(toks, firstStartingAt(toks, verb.end));
  const cue = naming ?? verb;
  // (A capitalised word is no verb here: `Trump: Roy Moore will “step aside”`.)
  return { np, cue: { start: cue.start, end: cue.end, text: cue.text, lemma: /^\p{Lu}/u.test(cue.text) ? '' : cueLemma(cue.lower, index) }, side: 'before' };
}

/** `…“stagnant for a month” as donors waited, he said.`: a cue closing the sentence, after a
 * comma, with nothing but time words after it. */
export function attributeAtSentenceEnd(text: string, q: QuotedStretch, paraEnd: number, index: CueIndex): Attribution | null {
  if (!q.close) return null;
  const end = clauseEndOutsideQuotes(text, q.close.end, paraEnd);
  // The last few commas in text[close, end], searched back no further than 160 characters: the
  // cue may be followed by its speaker's appositive (`, said Ann Lee, a historian at Yale.`).
  const stop = Math.max(q.close.end, end - 160);
  for (let comma = end, tries = 0; tries < 3; tries++) {
    comma--;
    while (comma >= stop && text.charCodeAt(comma) !== 44) comma--;
    if (comma < stop) return null;
    const found = attributeAfter(text, withEnds(q, q.open, { start: comma, end: comma }), end, index, false);
    if (!found) continue;
    const tail = tokenize(text, Math.max(found.cue.end, found.np.end), end);
    if (tail.every((t) => t.kind === 'punct' || BETWEEN_SUBJECT_AND_CUE.has(t.lower))) return found;
    return tail[0]?.text === ',' && APPOSITIVE_OPENER.test(tail[1]?.lower ?? '') ? found : null;
  }
  return null;
}

/** Words opening an appositive or relative clause after a speaker's name: `, a historian`, `, who`. */
const APPOSITIVE_OPENER = /^(?:a|an|the|who|whose|one|his|her|their|its|former|chief|executive|president|director|professor|senior|deputy)$/;

/** Sentence ends outside quotation marks in text[from, to): the quotation marks and sentence-final
 * stops are read once, right to left, for both states (inside or outside a quote), so the answer
 * for any starting position is one binary search, not a scan to the paragraph's end. */
interface SentenceEnds {
  text: string;
  from: number;
  to: number;
  /** Positions of quotation marks and of stops followed by a space or the end. */
  at: number[];
  /** For each position in `at`, the sentence end when reading starts there outside (2k) or inside (2k + 1) a quote. */
  end: Int32Array;
}

function indexSentenceEnds(text: string, from: number, to: number): SentenceEnds {
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“' || c === '”' || c === '"') at.push(i);
    else if ((c === '.' || c === '!' || c === '?') && (i + 1 >= to || /\s/.test(text[i + 1]))) {
      // `Mr. Sanders`, `D.C. Sen.`: an abbreviation's dot ends no sentence.
      if (c !== '.' || !ABBREV.test(text.slice(Math.max(from, i - 6), i))) at.push(i);
    }
  }
  const end = new Int32Array(2 * at.length + 2).fill(to);
  for (let k = at.length - 1; k >= 0; k--) {
    const c = text[at[k]];
    const outside = end[2 * (k + 1)], inside = end[2 * (k + 1) + 1];
    // An opening mark goes inside, a closing one outside, a straight one either way; a stop ends
    // the sentence outside quotes. (Two stores for every kind: a straight mark's own, first made
    // in optimised code, deoptimised this.)
    end[2 * k] = c === '“' || c === '"' ? inside : c === '”' ? outside : at[k] + 1;
    end[2 * k + 1] = c === '”' || c === '"' ? outside : inside;
  }
  return { text, from, to, at, end };
}

// Quotes are attributed in text order, paragraph by paragraph: one index serves a paragraph.
let sentenceEnds: SentenceEnds | null = null;

/** The sentence end after pos, skipping full stops inside quotation marks. */
function clauseEndOutsideQuotes(text: string, pos: number, to: number): number {
  let ends = sentenceEnds;
  if (!ends || ends.to !== to || pos < ends.from || ends.text !== text) ends = sentenceEnds = indexSentenceEnds(text, pos, to);
  else ends.text = text; // see tokenize: later comparisons by reference
  let lo = 0, hi = ends.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends.at[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return ends.end[2 * lo];
}

/** Nouns that report someone's words: `Romney's “47 percent” comment`, `Trump’s claim that “…”`. */
export const NOMINAL_CUES = new Set(['comment', 'comments', 'remark', 'remarks', 'claim', 'claims', 'statement', 'promise', 'pledge', 'vow', 'slogan', 'line', 'phrase', 'words', 'description', 'label', 'call', 'calls', 'warning', 'motto', 'mantra', 'refrain', 'charge', 'accusation', 'assertion', 'quip', 'joke', 'tweet', 'message', 'insistence', 'suggestion', 'argument', 'boast', 'complaint', 'admission', 'denial', 'question', 'answer', 'reply', 'response', 'catchphrase', 'nickname', 'characterization']);
const POSSESSIVE = /^(\p{Lu}[\p{L}.-]*?)(?:[’']s|s[’'])$/u;

/** `Romney's “47 percent” comment` / `Trump’s claim that “…”` / `Sanders’ call for “…”`: the
 * owner of a nominal cue is the speaker. */
/** The named owner whose possessive ends at token k (`Donald Trump’s`, `Sanders’`), if any. */
function possessiveOwner(text: string, before: Tok[], k: number): SpeakerNP | null {
  // `Sanders’` is two tokens: the name and the apostrophe.
  if (/^[’']$/.test(before[k]?.text ?? '') && (before[k - 1]?.text ?? '').endsWith('s') && before[k - 1].end === before[k].start) k--;
  const m = POSSESSIVE.exec(before[k]?.text ?? '') ?? (/^[’']$/.test(before[k + 1]?.text ?? '') ? /^(\p{Lu}[\p{L}.-]*s)$/u.exec(before[k]?.text ?? '') : null);
  if (!m) return null;
  let first = k;
  while (first > 0 && /^\p{Lu}[\p{L}.-]*$/u.test(before[first - 1].text) && before[first - 1].kind === 'word') first--;
  const words = [...before.slice(first, k).map((t) => t.text), m[1]];
  const start = before[first].start, end = before[k].start + m[1].length;
  return { start, end, text: text.slice(start, end), type: 'name', nameWords: words, anonymous: false, role: undefined };
}
/** `his claim that …`: the possessive stands for its pronoun (`he`), resolved like one. */
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
function possessivePronoun(t: Tok): SpeakerNP | null {
  const pronoun = POSSESSIVE_PRONOUNS[t.lower];
  return pronoun ? { start: t.start, end: t.end, text: pronoun, type: 'pronoun', nameWords: [], anonymous: false, role: undefined } : null;
}
const nominalCue = (t: Tok) => ({ start: t.start, end: t.end, text: t.text, lemma: t.lower.replace(/s$/, '') });

/** `Trump’s claim that there have been “…”`, `Cruz’s promise to be “…”`, `Trump’s comments about
 * Kelly having “…”`: a short phrase inside
 * the clause a named owner's nominal cue opens is that owner's words. The last such cue in the clause. */
export function attributeNominalInClause(text: string, q: QuotedStretch, from: number): Attribution | null {
  const toks = tokenize(text, from, q.open.start);
  for (let k = toks.length - 2; k >= 1; k--) {
    // `his comment Monday that`, `her claim is that`: a day or a copula may come between.
    const link = /^(?:is|was|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(toks[k + 1].lower) ? k + 2 : k + 1;
    if (!NOMINAL_CUES.has(toks[k].lower) || !/^(?:that|to|about)$/.test(toks[link]?.lower ?? '')) continue;
    if (saidOfTheWords(toks, link)) return null;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const np = possessiveOwner(text, toks, j) ?? possessivePronoun(toks[j]);
      if (np) return { np, cue: nominalCue(toks[k]), side: 'before' };
      if (toks[j].kind !== 'word' || /^\p{Lu}/u.test(toks[j].text)) break;
    }
    return null;
  }
  return null;
}

/** A finite verb of the clause a nominal cue's link opens: `that` brings one of its own. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/** The quote after the link at `link` is what is said of the words, not the words: the predicate
 *  of the nominal phrase (`Trump’s comments about immigrants were “intolerable”`, `Rubio’s claim
 *  that Cruz is … is “simply not true”`), or a label put on them (`… as “the biggest fairy tale”`). */
function saidOfTheWords(toks: Tok[], link: number): boolean {
  if (toks[toks.length - 1]?.lower === 'as') return true;
  let finite = 0;
  for (let j = link + 1; j < toks.length; j++) if (FINITE.has(toks[j].lower)) finite++;
  return finite > (toks[link].lower === 'that' ? 1 : 0);
}

export function attributeNominal(text: string, q: QuotedStretch, from: number): Attribution | null {
  const before = tokenize(text, Math.max(from, q.open.start - 80), q.open.start);
  const owner = (k: number) => possessiveOwner(text, before, k);
  const cue = nominalCue;
  // Noun after the closing mark: `Romney's “47 percent” comment`.
  if (q.close) {
    const next = tokenize(text, q.close.end, Math.min(text.length, q.close.end + 30))[0];
    const np = next && NOMINAL_CUES.has(next.lower) ? owner(before.length - 1) : null;
    if (np) return { np, cue: cue(next), side: 'after' };
  }
  // Noun before the opening mark: `Trump’s recent claim that “…”`, `Sanders’ call for “…”`.
  let k = before.length - 1;
  if (k >= 0 && /^(?:that|of|for|to|about|as|:)$/.test(before[k].lower)) k--;
  if (k < 0 || !NOMINAL_CUES.has(before[k].lower)) return null;
  const noun = before[k];
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const np = owner(j);
    if (np) return { np, cue: cue(noun), side: 'before' };
    if ((before[j].kind !== 'word' && !/^[’']$/.test(before[j].text)) || (/^\p{Lu}/u.test(before[j].text) && !before[j].text.endsWith('s'))) break;
  }
  return null;
}

/** `Some chanted “…”`, `most said they were “…”`: a quantifier standing alone as the subject of
 * a cue is a group of people speaking. */
const isGroupPronoun = (np: SpeakerNP) => np.type === 'description' && GROUP_QUANTIFIERS.has(np.text.toLowerCase());

/** `White House officials started to portray the shooting as a “workplace” issue`: a short
 * phrase in a clause whose verb reports words is the words of that verb's subject, even where
 * the cue is not next to the quote. The last cue before the quote in its clause; its subject, or
 * the clause's. */
export function attributeCueInClause(text: string, q: QuotedStretch, from: number, index: CueIndex, sentenceFrom = from): Attribution | null {
  const toks = tokenize(text, from, q.open.start);
  const skipped = parentheticals(toks);
  for (let k = toks.length - 1; k >= 0; k--) {
    if (skipped.has(k)) continue;
    const c = cueAt(index, toks, k);
    if (!c || c.verb.lemma === 'according to' || negated(toks, c.first)) continue;
    // `…, having referred to him as a “…”`, `… by referring to them as “…”`, `after repeatedly
    // dismissing them as …`: a participle after a comma or an adverbial word has the clause's subject.
    // So does one after a verb's prepositional object: `posted on Twitter accusing them of “…”`.
    const lead = (toks[c.first - 1]?.lower ?? '').endsWith('ly') ? c.first - 2 : c.first - 1;
    // (The comma may close a quote before the window: `“Morning Joe,” calling it …`.)
    const afterComma = lead < 0 ? /,\s*(?:["”’']|'')\s*$/.test(text.slice(Math.max(0, from - 5), from)) : /^(?:,|having|by)$/.test(toks[lead].lower) || ADVERBIAL.has(toks[lead].lower);
    const participle = toks[c.first].lower.endsWith('ing') && (afterComma || afterPrepositionObject(toks, c.first));
    // `verbAt`: `officials started to portray …`: the subject of the verb the infinitive hangs on.
    const verbAt = toks[c.first - 1]?.lower === 'to' && /^\p{Ll}+$/u.test(toks[c.first - 2]?.text ?? '') ? c.first - 2 : c.first;
    // The clause may have begun before a quote earlier in the sentence (`X trashed Comey on “Morning Joe,” calling it …`).
    const np = participle ? clauseSubject(toks, text) ?? (sentenceFrom < from ? clauseSubject(tokenize(text, sentenceFrom, toks[c.first].start), text) : null) : subjectBefore(toks, verbAt, text);
    if (!np || np.end > toks[c.first].start || !(isSpeakerLike(np, true) || isGroupPronoun(np))) return null;
    return { np, cue: toCue(toks, c, text), side: 'before' };
  }
  return null;
}
