// Reported (indirect) speech: `Barzani also said that the Kurdistan region is proud…`,
// `…, US officials say.`, `According to X, …`, `Tehran, which the US has assailed as a sponsor of
// terrorism`. Recorded as `reported` spans with cue and speaker so later stages can tell whose
// voice a sentence is in.
import type { Quote, Segmentation, SegmentKind, Span } from '../types.js';
import { headlineColonSpeech } from './headline-colon.js';
import { FURNITURE } from '../types.js';
import { firstStartingAt, spanIndexAt } from '../spans.js';
import { cueAt, negated, pluralNounInSentence, type CueAt, type CueIndex } from './cues.js';
import { cueStarts } from './cue-starts.js';
import { resolveSpeaker, type ArticleContext } from './resolve-speaker.js';
import { afterPrepositionObject, antecedentOfRelative, clauseSubject, headCannotSpeak, phraseAfter, senderOf, subjectBefore, type SpeakerNP } from './speaker-np.js';
import { reportedEnds } from './reported-end.js';
import { NAMING } from './naming.js';
import { appositiveBefore, contentStart, descriptionCommaBefore, noSubjectBetween, onlyOccasionAfter, openingAdverbial, opensClause, opensSubordinate, predicateOpens, sourceNote, speakerNoteTo, verbBetween, verbWord } from './reported-shape.js';
import { isLyAdverb, isQuoteMark, tokenize, type Tok } from './tokens.js';
import { ANONYMOUS_HEADS, AUXILIARIES_BEFORE_CUE, BETWEEN_SUBJECT_AND_CUE, NO_INVERSION, PRONOUNS, RELATIVE_GAP_VERBS } from './words.js';

// Verbs that name or judge rather than report a clause (`called it`, `described as`), and phrasal
// cues that introduce only a quote (`she went on`, `she snapped`), never a clause (`tickets go on
// sale`, `snapped a losing streak`).
const NOT_REPORTING = new Set(['call', 'snap', 'describe', 'label', 'dub', 'according to', 'read', 'post', 'continue', 'agree', 'answer', 'mock', 'go on', 'cut in', 'chime in', 'weigh in', 'lash out', 'advise']);
/** Words after a naming verb that make it something else (`called for calm`, `called on Iran`,
 * `called Obama on Monday`). */
const PREPOSITION_OR_JOINT = /^(?:for|on|off|in|out|up|back|upon|into|over|at|to|from|with|by|about|after|before|during|since|until|as|and|or|but|that|when|while|if|because)$/;
/** Right after a naming verb, an indefinite object is what was called (`called a news conference`). */
const INDEFINITE_ARTICLE = /^an?$/;
const AUXILIARY = /^(?:did|does|do|is|was|are|were|has|had|have|will|would|could|can|may|might|should|must)$/;
const PHRASAL = /^(?:into|off|up|back|in)$/;
const NOUN_THEN_NAME = /^(?:an?|the)\s+\p{Ll}[\p{L}-]*\s+\p{Lu}/u;

/** What is called as an event is held, not named: `called snap elections`. */
const CALLED_EVENTS = new Set(['election', 'elections', 'vote', 'votes', 'referendum', 'referendums', 'poll', 'polls', 'meeting', 'meetings', 'talks', 'strike', 'strikes', 'session', 'sessions', 'summit', 'hearing', 'hearings', 'halt', 'truce', 'ceasefire', 'recess', 'shots', 'primaries', 'primary', 'caucus', 'caucuses']);

/** Where the object and what it was called run, for a naming verb that names: `called Hamas
 * terrorists`, `called him a liar`, `described the police account as a cover-up`; null for
 * `called for calm`, `called a news conference`, `called the police`, `called the White House`.
 * The range ends at the clause's comma or the sentence's end. */
function namingContent(toks: Tok[], c: CueAt): [number, number] | null {
  const from = c.last + 1;
  if (toks[from]?.kind !== 'word' || PREPOSITION_OR_JOINT.test(toks[from].lower) || INDEFINITE_ARTICLE.test(toks[from].lower) || AUXILIARY.test(toks[from].lower)) return null;
  // `a super PAC called Future45`, `a group called …`: a participle naming a noun, not a speaker.
  for (let j = c.first - 1; j >= 0 && j >= c.first - 4 && toks[j].kind === 'word'; j--) {
    if (toks[j].lower === 'a' || toks[j].lower === 'an') return null;
    if (verbWord(toks[j])) break;
  }
  let end = from;
  while (end < toks.length && !/^[,;:(]$/.test(toks[end].text) && !(toks[end].text === '.' && end === toks.length - 1)) end++;
  end = listEnd(toks, end);
  if (c.verb.lemma === 'describe') {
    for (let j = from + 1; j < end - 1; j++) if (toks[j].lower === 'as') return [from, end - 1];
    return null;
  }
  // The object and the name given it: two words at least before any preposition, and more than
  // a determiner and a noun or a determiner and a name.
  let words = 0;
  let named = true;
  let j = from;
  for (; j < end && toks[j].kind === 'word' && (j === from || !PREPOSITION_OR_JOINT.test(toks[j].lower)); j++) {
    words++;
    if (j > from && !/^\p{Lu}/u.test(toks[j].text)) named = false;
  }
  // (`called the results into question`, `called the strike off`: another verb; `called snap
  // elections for March`, `called emergency talks`: an event called, no name given after it.)
  if (words < 2 || (toks[from].lower === 'the' && (words < 3 || named)) || PHRASAL.test(toks[j]?.lower ?? '') || (c.verb.lemma === 'call' && CALLED_EVENTS.has(toks[j - 1].lower) && (j >= end || PREPOSITION_OR_JOINT.test(toks[j].lower)))) return null;
  return [from, end - 1];
}

/** `was heard saying`, `was caught on camera saying`: the participle the phrase before the cue ran
 *  back to, no one who speaks. */
const PASSIVE_PERCEPTION = /^(?:heard|seen|caught|filmed|recorded|overheard|spotted|videotaped|photographed|pictured|shown|captured)\b/;

/** A subject read with confidence from the clause's start: a few words, not a participle or a
 *  word with a verb fused to it (`Appearing`, `That’s`, `Last week Stumpf in a televised interview`). */
const shortSubject = (np: SpeakerNP) => np.text.split(' ').length <= 4 && !/^\p{Lu}\p{Ll}+ing$|['’]s$/u.test(np.text);

/** The subject of `was heard` / `were caught on camera` that np starts with: the phrase before
 *  the auxiliary, when one stands right before np. */
function passiveSubject(toks: Tok[], np: SpeakerNP, text: string): SpeakerNP | null {
  const at = firstStartingAt(toks, np.start);
  if (!/^(?:was|were|is|are|been|being)$/.test(toks[at - 1]?.lower ?? '')) return null;
  let aux = at - 1;
  while (aux > 0 && /^(?:has|have|had|been)$/.test(toks[aux - 1].lower)) aux--;
  const subject = subjectBefore(toks, aux, text);
  return subject && !headCannotSpeak(subject) ? subject : null;
}

/** Prepositions before a gerund that says how or when the subject spoke (not `without`, which
 *  says they did not). */
const GERUND_AFTER = new Set(['after', 'by', 'before', 'while', 'when', 'in', 'upon']);
const OCCASIONS = new Set(['conference', 'interview', 'speech', 'hearing', 'appearance', 'rally', 'event', 'meeting', 'briefing', 'call', 'address', 'session', 'debate', 'forum', 'ceremony', 'visit', 'stop']);
/** A phrase headed by an occasion for speaking (`a Wednesday press conference`, `an interview`). */
// (Not someone's: `Clinton’s Tuesday speech denouncing …` is hers.)
const isOccasion = (np: SpeakerNP) => np.type === 'description' && OCCASIONS.has(np.text.slice(np.text.lastIndexOf(' ') + 1).toLowerCase()) && !/['’]s?\s/.test(np.text);

/** `Hillary Clinton’s Tuesday speech denouncing …`: the person whose occasion it is speaks. */
function occasionOwner(np: SpeakerNP): SpeakerNP | null {
  if (np.type !== 'description' || !OCCASIONS.has(np.text.slice(np.text.lastIndexOf(' ') + 1).toLowerCase())) return null;
  const owner = OWNER.exec(np.text);
  if (!owner) return null;
  const start = np.start + owner.index + owner[0].length - owner[1].length;
  return { start, end: start + owner[1].length, text: owner[1], type: 'name', nameWords: owner[1].split(/\s+/), anonymous: false, role: undefined };
}
/** A capitalised name before a possessive, after a space or the phrase's start. */
const OWNER = /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?=['’]s?\s)/u;

/** An `as` after token `from`, before the clause's next comma or its end. */
function asInClause(toks: Tok[], from: number): boolean {
  for (let j = from; j < toks.length && toks[j].text !== ',' && toks[j].text !== ';'; j++) if (toks[j].lower === 'as') return true;
  return false;
}

/** `as loving God, cats, the Daughters of the Revolution and politics`, `not a car crash, but “a
 *  lorry crash”`: a name given runs on over the commas of a list whose last item follows `and`,
 *  `or` or `but`, with no verb or participle (`…, and left`, `…, raising the question` are
 *  clauses). From the
 *  comma at `comma`, the token after the list (or `comma` itself when no such list follows). */
function listEnd(toks: Tok[], comma: number): number {
  if (toks[comma]?.text !== ',') return comma;
  let joined = false;
  let quoted = false;
  let j = comma + 1;
  for (; j < toks.length && j - comma <= 30; j++) {
    const t = toks[j];
    // (A mark right after the comma closes the quote the comma was in: `“outsourcer in chief,” and …`.)
    if (isQuoteMark(t)) quoted = j === comma + 1 ? false : !quoted;
    else if (t.kind === 'word') {
      const opensItem = toks[j - 1].text === ',' || toks[j - 1].lower === 'and' || toks[j - 1].lower === 'or';
      if (!quoted && (CLAUSE_VERB.test(t.lower) || (opensItem && /^\p{Ll}{3,}ing$/u.test(t.text)))) return comma;
      joined ||= t.lower === 'and' || t.lower === 'or' || (t.lower === 'but' && toks[j - 1].text === ',');
    } else if (t.text !== ',' && !(t.text === '.' && toks[j - 1]?.upper && j < toks.length - 1)) break;
  }
  return joined && (j >= toks.length || /^[.;:!?]$/.test(toks[j].text)) ? j : comma;
}
/** A verb in the past, an auxiliary or a relative pronoun: what holds one is a clause, no list. */
const CLAUSE_VERB = /^(?:\p{Ll}{3,}ed|left|went|said|told|made|took|gave|came|saw|got|put|ran|won|lost|met|is|are|was|were|has|have|had|will|would|could|can|should|did|does|that|which|who)$/u;

/** Verbs that report speech only with `that` (`charged that …`); else they take an object (`charges $5`, `charged him with fraud`). */
const THAT_ONLY = new Set(['charge', 'maintain']);
/** Cue forms that are more often a noun (`state officials`, `EU member state immigrants`): they report speech only with `that`. */
const THAT_ONLY_FORMS = new Set(['state']);
const MIN_WORDS = 3;
/** The verb of a relative clause whose subject a cue stands before: `which officials say will …`. */
/** After `according to X,`: a new clause of the outlet's. */
const NEW_CLAUSE = /^(?:but|and|yet)$/;
/** Words a clause cannot end in: the clause goes on past a parenthetical (`after, according to him, …`). */
const OPEN_END = /^(?:after|before|because|since|when|while|if|that|as|although|though|until|unless|and|but|or)$/;
const POSSESSIVE_OR_DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|these|those)$|['’]s?$/;
// `the most telling contradiction`: after a degree word a participle is an adjective (but `most said`).
const DEGREE = /^(?:most|more|less|least|very|so|too)$/;
const NEGATED_AUXILIARY = /^(?:is|was|has|had|does|did|wo)n['’]t$/;
/** `One Napa County reporting station hasn’t seen rain`: an -ing word between a capitalised word
 *  and a noun that an auxiliary follows is part of the subject (a station that reports), not a cue
 *  (`Obama saying nothing was wrong`, `, saying airstrikes have failed` are). */
function ingBeforeSubjectNoun(toks: Tok[], k: number): boolean {
  const noun = toks[k + 1];
  return toks[k].lower.endsWith('ing') && k > 1 && toks[k - 1].upper && noun?.kind === 'word' && !noun.upper && !PRONOUNS.has(noun.lower) && !STANDS_FOR_A_CLAUSE.has(noun.lower) && !noun.lower.endsWith('s') && (AUXILIARY.test(toks[k + 2]?.lower ?? '') || NEGATED_AUXILIARY.test(toks[k + 2]?.lower ?? ''));
}
/** `The demand has US officials wondering if …`, `left voters asking …`: an -ing cue after the
 *  object of a verb that makes someone do it tells what they were made to wonder, not what anyone said. */
function causativeObject(toks: Tok[], k: number): boolean {
  if (!toks[k].lower.endsWith('ing')) return false;
  for (let j = k - 1; j >= 0 && k - j <= 6 && toks[j].kind === 'word'; j--) {
    // (Not `has been saying`, `has long said`, `keeps saying`: an auxiliary, no object.)
    if (NOT_AN_OBJECT.has(toks[j].lower) || isLyAdverb(toks[j])) return false;
    if (CAUSATIVES.has(toks[j].lower)) return j < k - 1;
  }
  return false;
}
const NOT_AN_OBJECT = new Set(['been', 'being', 'be', 'is', 'are', 'was', 'were', 'also', 'long', 'always', 'not', 'never', 'still', 'just', 'since']);
const CAUSATIVES = new Set(['has', 'have', 'had', 'having', 'left', 'leaves', 'leaving', 'keeps', 'kept', 'keeping', 'got', 'gets']);
const STANDS_FOR_A_CLAUSE = new Set(['that', 'this', 'there', 'nothing', 'something', 'everything', 'anything', 'someone', 'everyone', 'nobody', 'no-one']);




/** A relative `that` among the few words before the cue at k, with the cue's subject between
 * (`a job that economists say is …`; in `that state is wrong` it is a determiner). Not after
 * `what`: in `that what he was saying was false` the verb is the main clause's. */
function thatBefore(toks: Tok[], k: number): boolean {
  let that = false;
  for (let j = Math.max(1, k - 6); j < k - 1; j++) {
    if (toks[j].lower === 'that') that = true;
    else if (that && toks[j].lower === 'what') return false;
  }
  return that;
}

/** A quote before the cue at k with a cue of its own after it (`“…,” Tusk told reporters, according to …`). */
function attributedQuoteBefore(toks: Tok[], k: number, index: CueIndex, inQuote: (t: Tok) => boolean): boolean {
  let j = k - 1;
  while (j >= 0 && !inQuote(toks[j])) j--;
  if (j < 0) return false;
  for (let i = j + 1; i < k - 1; i++) if (!inQuote(toks[i]) && cueAt(index, toks, i)) return true;
  return false;
}

/** Where the words before a parenthetical cue start, past a joint (`But, the former CEO added, …`). */
function leadStart(toks: Tok[]): number {
  let k = 0;
  while (k < toks.length && (toks[k].text === ',' || /^(?:and|but|or|so|yet)$/.test(toks[k].lower))) k++;
  return k;
}

/** `minTokens`: a lead before a parenthetical cue may be a short subject (`The museum, Mr. Obama said, would …`). */
function span(text: string, toks: Tok[], from: number, to: number, minTokens = MIN_WORDS): Span | null {
  while (from <= to && toks[from].kind === 'punct' && !/^[“"‘'(„«‹]$/.test(toks[from].text)) from++;
  // (A closing mark stays: `”`, and after `„` or `«` the German and French closers `“`, `»`.)
  while (to >= from && toks[to].kind === 'punct' && !/^[”"’')»›]$/.test(toks[to].text) && !(toks[to].text === '“' && text.slice(toks[from].start, toks[to].start).includes('„'))) to--;
  if (to - from + 1 < minTokens) return null;
  const start = toks[from].start, end = toks[to].end;
  return { start, end, text: text.slice(start, end) };
}

/** `…, adding that …` speaks for the subject of the sentence's earlier cue (`he said, adding`),
 * else for the clause's opening phrase. */
interface EarlierCue {
  /** Tokens below this index have been searched; `np` is what was found there (null: nothing). */
  below: number;
  np: SpeakerNP | null;
}

function mainSpeaker(toks: Tok[], k: number, index: CueIndex, text: string, inQuote: (t: Tok) => boolean, earlier: EarlierCue): SpeakerNP | null {
  // Cues come in text order: only the tokens not searched for an earlier cue are searched now.
  const searchedTo = k - 1 >= earlier.below ? earlier.below : 0;
  let found: SpeakerNP | null = null;
  for (let j = k - 2; j >= searchedTo && !found; j--) {
    if (inQuote(toks[j])) continue;
    const c = cueAt(index, toks, j);
    // `plan to campaign on maintaining …`: a gerund after a preposition is no clause of its own.
    if (c && toks[c.first].lower.endsWith('ing') && GERUND_BEFORE.has(toks[c.first - 1]?.lower ?? '')) continue;
    found = (c && subjectBefore(toks, c.first, text)) || null;
  }
  if (searchedTo > 0 && !found) found = earlier.np;
  if (k - 1 >= earlier.below) Object.assign(earlier, { below: k - 1, np: found });
  if (found) return found;
  const firstOutside = toks.findIndex((t) => !inQuote(t) && t.kind === 'word');
  if (firstOutside < 0) return null;
  // `NASA awarded …, but OrbitBeyond canceled its order, citing …`: the subject of the last clause
  // joined before the participle (one with a verb of its own: not `…, and Mexico, threatening`).
  for (let j = k - 2; j > firstOutside; j--) {
    if (toks[j].text !== ',' || !JOINTS.has(toks[j + 1]?.lower ?? '')) continue;
    const joined = verbBetween(toks, j + 3, k - 1, false) ? plainSubject(clauseSubject(toks.slice(j + 2, k - 1), text)) : null;
    if (joined) return joined;
    break;
  }
  return clauseSubject(toks.slice(firstOutside), text);
}
const JOINTS = new Set(['but', 'and', 'yet', 'while', 'whereas']);
/** Prepositions before a gerund (`on maintaining`, `without saying`). */
const GERUND_BEFORE = new Set(['on', 'of', 'about', 'for', 'by', 'without', 'after', 'before', 'in', 'from', 'at', 'to']);


/** A clause's subject that is plainly a noun phrase: a name, a pronoun, or a description that
 * opens with a determiner (`Ann Lee cut her debt` ran on past the name into its predicate). */
function plainSubject(np: SpeakerNP | null): SpeakerNP | null {
  // (`Lawmakers at the scene … and said`: a bare plural for people is a subject too.)
  return np && (np.type !== 'description' || /^(?:the|a|an|her|his|their|its|some|many|most|several)\s/i.test(np.text) || ANONYMOUS_HEADS.has(np.text.slice(0, np.text.search(/\s|$/)).toLowerCase())) ? np : null;
}

/** For each token index, the first index at or after it where `is` holds (toks.length if none). */
function nextWhere(toks: Tok[], is: (i: number) => boolean): number[] {
  const next = new Array<number>(toks.length + 1).fill(toks.length);
  for (let i = toks.length - 1; i >= 0; i--) next[i] = is(i) ? i : next[i + 1];
  return next;
}

/** Reported spans with ids r1, r2, … in text order. */
export function findReportedSpeech(text: string, seg: Segmentation, index: CueIndex, ctx: ArticleContext, kindAt: (pos: number) => SegmentKind): Quote[] {
  const found: Quote[] = [];
  const quoted = ctx.quoted;
  // Quoted stretches may nest (a single quote around a double one): their union, disjoint.
  const quotedUnion: { start: number; end: number }[] = [];
  for (const q of [...quoted].sort((a, b) => a.start - b.start)) {
    const last = quotedUnion[quotedUnion.length - 1];
    if (last && q.start <= last.end) last.end = Math.max(last.end, q.end);
    else quotedUnion.push({ start: q.start, end: q.end });
  }
  const candidates = cueStarts(text, seg, index);
  let ci = 0;
  // (An index, not `for … of`: a `for … of` body is a try block, for closing the iterator, and
  // every call in this long one then had an exception path into its handler in the optimised
  // graph: compiling this function took ~83 ms, now ~58 ms; -0.4% instructions a pass.)
  for (let si = 0; si < seg.sentences.length; si++) {
    const sentence = seg.sentences[si];
    while (ci < candidates.length && candidates[ci] < sentence.start) ci++;
    if (ci >= candidates.length) break;
    if (candidates[ci] >= sentence.end) continue;
    const firstCandidate = ci;
    const segment = kindAt(sentence.start);
    if (FURNITURE.has(segment)) continue;
    const toks = tokenize(text, sentence.start, sentence.end);
    // Cue words inside quotation marks are somebody's words, not the attribution.
    const inQuote = (t: Tok) => spanIndexAt(quotedUnion, t.start) >= 0;
    // Found once per sentence when first asked, so that many cues in one long sentence do not each
    // rescan it: where a reported clause ends, the next comma after each token, the first token inside
    // quotation marks and the last word.
    let ends: number[] | null = null, commas: number[] | null = null, commasOrThat: number[] | null = null, firstQuoted = -1, lastWord = -2;
    // (A word's text is never a comma: punctuation is told by its kind before its text is cut.)
    // (A cue can only open at one of the sentence's candidate words.)
    const sentenceCandidates = (): Set<number> => {
      const starts = new Set<number>();
      for (let c = firstCandidate; c < candidates.length && candidates[c] < sentence.end; c++) starts.add(candidates[c]);
      return starts;
    };
    const nextEnd = (j: number) => {
      if (!ends) {
        const starts = sentenceCandidates();
        ends = reportedEnds(toks, (i) => starts.has(toks[i].start) && !inQuote(toks[i]) && cueAt(index, toks, i) !== null && !pluralNounInSentence(toks, i));
      }
      return ends[j];
    };
    const nextComma = (j: number) => (commas ??= nextWhere(toks, (i) => toks[i].kind === 'punct' && toks[i].text === ','))[j];
    const nextCommaOrThat = (j: number) => (commasOrThat ??= nextWhere(toks, (i) => toks[i].text === ',' || toks[i].lower === 'that'))[j];
    const quotedFrom = () => {
      if (firstQuoted < 0) for (firstQuoted = 0; firstQuoted < toks.length && !inQuote(toks[firstQuoted]); ) firstQuoted++;
      return firstQuoted;
    };
    // Where the words before a parenthetical cue start (found once per sentence).
    let leadFrom = -1;
    const leadAt = () => (leadFrom < 0 ? (leadFrom = leadStart(toks)) : leadFrom);
    // The sentence's first verb-like word: the words before a parenthetical cue are a clause when it comes before them.
    let firstVerbAt = -1;
    const firstVerb = () => {
      if (firstVerbAt < 0) for (firstVerbAt = 0; firstVerbAt < toks.length && !verbWord(toks[firstVerbAt]); ) firstVerbAt++;
      return firstVerbAt;
    };
    const lastWordAt = () => {
      if (lastWord === -2) for (lastWord = toks.length - 1; lastWord >= 0 && toks[lastWord].kind !== 'word'; ) lastWord--;
      return lastWord;
    };
    const earlier: EarlierCue = { below: 0, np: null };
    /** `lead`: the speaker's words before a parenthetical cue, the first piece of the span. */
    const emit = (np: SpeakerNP, c: CueAt, from: number, to: number, claims: 'to-end' | 'sentence' | 'nothing' = 'to-end', lead: Span | null = null) => {
      // `…, but they have been unable to advance` is the narrator's again.
      // (Words before their cue, `…, but the Secret Service whisked her away, X said`, run up to it.)
      let cut = from + 1 < to && claims !== 'sentence' ? nextEnd(from + 1) : to;
      // `After Obama announced the war would end, U.S. forces bombed …`: a cue inside an opening
      // subordinate clause reports up to that clause's comma; the main clause is the narrator's.
      if (from > c.last && opensSubordinate(toks, c.first, nextComma)) {
        const comma = nextComma(from);
        if (comma < cut) cut = comma;
      }
      // Cues after the end may report speech of their own (`…and vowed to …`); those before it are inside this span.
      const doneUpTo = cut < to ? cut : toks.length;
      if (cut < to) to = cut - 1;
      const content = span(text, toks, from, to);
      if (!content) return false;
      // `X said, “…”` is a direct quote already.
      const around = quoted[spanIndexAt(quoted, content.start + 2)];
      if (around && around.end >= content.end - 2) return false;
      const start = lead ? lead.start : content.start;
      found.push({
        start,
        end: content.end,
        text: text.slice(start, content.end),
        contents: lead ? [lead, content] : [content],
        kind: 'reported',
        cue: { text: text.slice(toks[c.first].start, toks[c.last].end), start: toks[c.first].start, end: toks[c.last].end, lemma: c.verb.lemma },
        speaker: resolveSpeaker(ctx, np),
        segment,
        id: `r${found.length + 1}`,
        // (Set by joint-speakers.ts, when at all: one shape for every quote, as find-quotes.ts's.)
        coSpeakers: undefined,
      });
      if (claims !== 'nothing') doneTo = Math.max(doneTo, claims === 'sentence' ? toks.length : doneUpTo);
      lastSpeaker = np;
      return true;
    };
    // Cues at tokens below doneTo are inside a reported span already found in this sentence.
    let doneTo = -1;
    let lastSpeaker: SpeakerNP | null = null;
    for (; ci < candidates.length && candidates[ci] < sentence.end; ci++) {
      const k = firstStartingAt(toks, candidates[ci]);
      if (toks[k]?.start !== candidates[ci] || inQuote(toks[k])) continue;
      const c = cueAt(index, toks, k);
      if (!c) continue;
      // `Hutchinson's report`, `the claims`: a cue word read as a noun reports nothing.
      // (`a newly revealed call`: an adverb may stand between the determiner and the participle.)
      const modifierAt = k > 0 && isLyAdverb(toks[k - 1]) ? k - 2 : k - 1;
      if (pluralNounInSentence(toks, k) || POSSESSIVE_OR_DETERMINER.test(toks[modifierAt]?.lower ?? '') || (DEGREE.test(toks[k - 1]?.lower ?? '') && toks[k].lower.endsWith('ing')) || negated(toks, k) || ingBeforeSubjectNoun(toks, k) || causativeObject(toks, k)) continue;
      // `Tehran, which the US has assailed as a sponsor of terrorism`: a clause of its own inside
      // any other speech in the sentence (the innermost speaker is the one whose words they are).
      const asAt = toks[c.last + 1]?.lower === 'as' ? c.last + 2 : -1;
      let relative = false;
      // (Only a word opening with w can be either: the others' lower case is not asked for.)
      for (let j = Math.max(0, k - 6); j < k && !relative; j++) relative = (toks[j].first === 119 || toks[j].first === 87) && (toks[j].lower === 'which' || toks[j].lower === 'whom');
      // (So is a `which` clause whose speakers are its own: `…, which two aides said was “a disaster”`.)
      const ownRelative = relative && RELATIVE_GAP_VERBS.has(toks[c.last + 1]?.lower ?? '');
      if (k < doneTo && !(relative && asAt > 0) && !ownRelative) continue;
      if (c.verb.lemma === 'according to') {
        const np = phraseAfter(toks, c.last, text, true);
        let comma = nextComma(c.last + 1);
        const before = toks[k - 1]?.text === ',';
        // Notes on the source are passed (`according to Edmunds.com, a California-based data firm,
        // …`, `According to Lee, who studied it, …`, `according to Ann Lee, director of the survey
        // center, …`). After a clause (`…, according to the survey, which is prepared …`) what
        // follows them is the outlet's again, and so is a new clause (`…, according to a CNN
        // tally, but his pathway …`): only the words before the cue are the source's.
        let notes = 0;
        while (comma < toks.length && notes < 3 && sourceNote(toks, comma + 1, nextComma(comma + 1))) {
          comma = nextComma(comma + 1);
          notes++;
        }
        if (before && comma < toks.length && (notes > 0 || NEW_CLAUSE.test(toks[comma + 1]?.lower ?? ''))) comma = toks.length;
        // (`According to WKOW, the ABC affiliate in Madison, Wisconsin, …`: a place ends a note.)
        if (notes > 0 && comma < toks.length && toks.length - comma <= 5 && !toks.slice(comma + 1).some(verbWord)) comma = toks.length;
        // `According to X, …` and `…, according to X.`; `Other cleavages, according to the poll,
        // include ideology`: the words on both sides, as for any parenthetical cue; but not a main
        // clause of the outlet's that ends in a subordinator (`He left after, according to him, …`).
        const lead = np && comma < toks.length && k > 1 && before && !OPEN_END.test(toks[k - 2]?.lower ?? '') && (firstVerb() < k - 1 || predicateOpens(toks[comma + 1])) ? span(text, toks, 0, k - 2) : null;
        if (np && comma < toks.length) emit(np, c, comma + 1, toks.length - 1, 'to-end', lead);
        // (`“We will not allow it,” Tusk told reporters, according to PAP`: the quote is Tusk's
        // already, and the outlet's source for it is no speaker of it.)
        else if (np && comma >= toks.length && before && !attributedQuoteBefore(toks, k, index, inQuote)) emit(np, c, 0, k - 2, 'sentence');
        continue;
      }
      // `…, adds the US daily.`: a cue after the clause, its speaker after the cue (a finite verb:
      // after `…, threatening legal action` comes the participle's object, not its speaker).
      // (Not after `Tom Reyes, a spokesman for the campaign,`: a subject and its appositive.)
      // (Nor `The senator, Tom Cotton, criticized the plan`: no verb before the comma, so no clause
      // was reported, and `criticize` takes an object, never an inverted speaker.)
      if (toks[k - 1]?.text === ',' && !relative && !toks[k].lower.endsWith('ing') && quotedFrom() >= k - 1 && !appositiveBefore(toks, k - 1) && !NO_INVERSION.has(c.verb.lemma) && firstVerb() < k - 1) {
        const np = phraseAfter(toks, c.last, text);
        const npLast = np ? firstStartingAt(toks, np.end) - 1 : -1;
        // (`…, said Steve Grubbs, an Iowa operative.`: a note on the speaker may follow.)
        if (np && (lastWordAt() <= npLast || (speakerNoteTo(toks, npLast + 1, lastWordAt()) && !verbBetween(toks, c.last + 1, npLast + 1, false))) && emit(np, c, 0, k - 2, 'sentence')) continue;
      }
      const naming = NAMING.has(c.verb.lemma) && !(relative && asAt > 0) ? namingContent(toks, c) : null;
      if (NOT_REPORTING.has(c.verb.lemma) && !naming && !(relative && asAt > 0)) continue;
      // `…, referring to the gas company on whose board …`: without `as` and a name given, what is
      // referred to is the narrator's gloss, no words of the speaker's.
      if (c.verb.lemma === 'refer to' && !asInClause(toks, c.last + 1)) continue;
      let wordsFollow = false;
      for (let j = c.last + 1; j < toks.length && !wordsFollow; j++) wordsFollow = toks[j].kind === 'word' && !BETWEEN_SUBJECT_AND_CUE.has(toks[j].lower);
      const from = contentStart(toks, c);
      // `galaxies we observe today arose from …`: a verb right after the cue means the cue sits in a
      // relative clause without `that`, and what follows is the main clause's predicate, not speech.
      // (After `that` a clause follows whatever its first word: `said that for one, …`.)
      // (`vowed not to repeat it` is read as `vowed to repeat it` is.)
      const negatedInfinitive = toks[from]?.lower === 'not' && toks[from + 1]?.lower === 'to';
      const clauseFollows = from < toks.length && (toks[from - 1]?.lower === 'that' || opensClause(toks, negatedInfinitive ? from + 1 : from, c.verb.lemma, index));
      // Cheap checks first: most cues open a direct quote (`said, “…`) and report nothing.
      // (`…, Rubio said, Christians must …` may be a parenthetical cue: see below.)
      const parenthetical = wordsFollow && toks[c.last + 1]?.text === ',' && toks[k - 1]?.kind === 'word';
      // `which officials say will cost billions`, `the kind of job that economists say is the
      // future`: the relative's own verb follows the cue, and what the speakers said runs from it
      // to the end of the relative clause.
      const gapAt = asAt < 0 && RELATIVE_GAP_VERBS.has(toks[c.last + 1]?.lower ?? '') && (relative || thatBefore(toks, k)) ? c.last + 1 : -1;
      // `In a speech last July, he said: Let no one be mistaken …`: the words after a colon, in no
      // quotation marks, are what was said.
      // (Not a link: `Dana Rubinstein reports: http://…`.)
      const colonClause = toks[c.last + 1]?.text === ':' && toks[c.last + 2]?.kind === 'word' && !/^(?:https?|www)$/.test(toks[c.last + 2].lower) && quotedFrom() > c.last + 2;
      // `…, Graham told reporters on Monday.`: after the cue only to whom, where and when.
      const occasionOnly = wordsFollow && !clauseFollows && onlyOccasionAfter(toks, c.last + 1, c.verb.lemma);
      if (!(relative && asAt > 0) && gapAt < 0 && wordsFollow && !clauseFollows && !parenthetical && !colonClause && !naming && !occasionOnly) continue;
      // `X was quoted as saying …` speaks for the clause's subject.
      const participle = toks[k].lower.endsWith('ing');
      // (`…, publicly threatening them`: an adverb may stand between the comma and the participle.)
      let beforeCue = k - 1;
      while (beforeCue > 0 && isLyAdverb(toks[beforeCue])) beforeCue--;
      const quotedAs = toks[k - 1]?.lower === 'as' && participle;
      // (`… in his speech — labeling him a public menace —`: an aside's dash is a comma here.)
      const afterComma = !quotedAs && (toks[beforeCue]?.text === ',' || toks[beforeCue]?.text === '—' || toks[beforeCue]?.text === '–') && participle;
      let np = quotedAs ? clauseSubject(toks, text) : afterComma ? null : subjectBefore(toks, c.first, text);
      // `X posted on Twitter accusing …`: a participle after a preposition's object is the clause's.
      // (One call of mainSpeaker for both: a call site first reached once this large function is
      // optimised deoptimises it, and it is recompiled.)
      // (`In a press conference announcing his opposition, Hutchinson said`: an occasion is no
      // speaker either; whoever spoke at it is the clause's.)
      // (`drew fire after declaring that …`, `clarified it by insisting that …`: a gerund after a
      // preposition is the clause's subject's; so is a participle after `was heard`.)
      // (Not in a title-case headline: `Aide Quits After Ridiculing …`.)
      const gerund = participle && GERUND_AFTER.has(toks[k - 1]?.lower ?? '') && !toks[k].upper;
      // (`after the chairman was caught on camera saying`: the passive's own subject, before `was`.)
      const perceived = np !== null && participle && PASSIVE_PERCEPTION.test(np.text) ? passiveSubject(toks, np, text) : null;
      const ofClause = afterComma || gerund || (np !== null && participle && !perceived && (afterPrepositionObject(toks, c.first) || isOccasion(np) || PASSIVE_PERCEPTION.test(np.text)));
      if (perceived) np = perceived;
      else if (ofClause) np = mainSpeaker(toks, k, index, text, inQuote, earlier);
      if (gerund && np !== null && !shortSubject(np)) np = null;
      else if (np && participle) np = senderOf(toks, np, text) ?? occasionOwner(np) ?? np;
      // `Trump bemoaned the unrest and said he thought …`, `…, but said she couldn't …`: a second
      // predicate of the clause's subject, when what follows is plainly a clause (`that …`, `he …`;
      // after `said` any clause: `met survivors and said the United States must act`; after other
      // cues a noun phrase is more often their object: `and wrote a book`, `and pledge their loyalty`).
      // (Auxiliaries may follow the joint: `… but has said she wants …`.)
      let joint = k - 1;
      while (joint > 1 && AUXILIARIES_BEFORE_CUE.has(toks[joint].lower)) joint--;
      // (A joint opening the sentence has no word before it: `joint > 0`, not `toks[-1]`, whose first
      // read out of bounds, late in a pass, deoptimised this function and had it compiled again.)
      if (!np && !participle && joint > 0 && /^(?:and|but)$/.test(toks[joint].lower) && (toks[joint - 1].kind === 'word' || /^[,”"’]$/.test(toks[joint - 1].text)) && (toks[from - 1]?.lower === 'that' || PRONOUNS.has(toks[from]?.lower ?? '') || (c.verb.lemma === 'say' && clauseFollows))) {
        np = plainSubject(clauseSubject(toks, text));
        // `a speech in which Bloomberg criticized Democrats, but argued that …`: when the sentence's
        // subject cannot speak, the subject of the cue the joint follows.
        if (!np || headCannotSpeak(np)) np = earlierCueSubject(toks, joint, index, text);
      }
      // `…said he was in therapy and vowed to …`, `…, saying …`: a second predicate of the same speaker.
      if (lastSpeaker && doneTo >= 0 && doneTo < k && noSubjectBetween(toks, doneTo, k)) np = lastSpeaker;
      // `the data … suggests that …`: only someone who can speak reports speech.
      if ((!np || headCannotSpeak(np)) && !participle) np = antecedentOfRelative(toks, c.first, text);
      if (!np || headCannotSpeak(np)) continue;
      if (naming) {
        emit(np, c, naming[0], naming[1], 'nothing');
        continue;
      }
      if ((relative && asAt > 0) || gapAt > 0) {
        const from = gapAt > 0 ? gapAt : asAt;
        let end = from;
        // (A full stop inside the sentence is an abbreviation's: `Mr. Sanders`.)
        while (end < toks.length && !/^[,;]$/.test(toks[end].text) && !(toks[end].text === '.' && end === toks.length - 1)) end++;
        emit(np, c, from, end - 1, 'nothing');
        continue;
      }
      // `…, US officials say.`: the clause before the comma is theirs (not before `X said:`, which
      // introduces what follows: `On July 6, 2015, Sanders said:`).
      const npFirst = firstStartingAt(toks, np.start);
      // `If the law conflicts with God's orders, Rubio said, Christians must ignore it`: the words
      // on both sides of a parenthetical cue are the speaker's.
      // `As the Times noted, Clinton raised …`: what follows the comma is what was noted.
      // (The speaker is a short phrase: `As Mr. Trump began racking up victories in primary states,` is a clause.)
      if (parenthetical && npFirst > 0 && toks[npFirst - 1].lower === 'as' && (npFirst === 1 || toks[npFirst - 2].text === ',') && c.first - npFirst <= 10 && !verbBetween(toks, npFirst, c.first) && !participle && quotedFrom() > c.last + 1) {
        emit(np, c, c.last + 2, toks.length - 1);
        continue;
      }
      if (parenthetical && npFirst > 1 && toks[npFirst - 1].text === ',' && !participle && quotedFrom() > c.last + 1) {
        // (`On Monday, Rubio said, the law was wrong`: an opening adverbial is no part of it; but
        // `The senator, Christie said, had been in the Senate for years`: a subject whose predicate follows is.)
        // (Nor when a joint follows the cue: `Father and son talk often, Seth Hutchinson said, and
        // the family gathers …` joins two clauses of his, whatever the verb of the first.)
        const joinedAfter = toks[c.last + 2]?.lower === 'and' || toks[c.last + 2]?.lower === 'but';
        const lead = ((firstVerb() < npFirst - 1 || joinedAfter) && !openingAdverbial(toks, npFirst - 1)) || predicateOpens(toks[c.last + 2]) ? span(text, toks, leadAt(), npFirst - 2, 1) : null;
        emit(np, c, c.last + 2, toks.length - 1, 'to-end', lead);
        continue;
      }
      // (Not `…, a description Hamas rejected`: a noun and the subject of a relative clause without `that`.)
      // (Nor `Britain’s prime minister, Theresa May, spoke on Monday`: a name between commas after
      // words with no verb is set beside a description, and no clause was reported.)
      // (Nor `…, Clinton, who added to her lead.`: a relative clause of the main clause's object.)
      if ((!wordsFollow || occasionOnly) && npFirst > 0 && toks[npFirst - 1].text === ',' && toks[c.last + 1]?.text !== ':' && !NOUN_THEN_NAME.test(np.text) && !(toks[firstStartingAt(toks, np.end)]?.text === ',' && firstVerb() >= npFirst - 1) && !/^(?:who|which)$/.test(toks[npFirst].lower)) {
        // (`…, his top aide, Tad Devine, told …`: the description beside the name is no part of what was said.)
        const beside = np.type === 'name' ? descriptionCommaBefore(toks, npFirst - 1) : -1;
        emit(np, c, 0, (beside > 0 ? beside : npFirst - 1) - 1, 'sentence');
        continue;
      }
      if (colonClause) {
        emit(np, c, c.last + 2, toks.length - 1);
        continue;
      }
      if (!clauseFollows || ((THAT_ONLY.has(c.verb.lemma) || THAT_ONLY_FORMS.has(toks[k].lower)) && toks[from - 1]?.lower !== 'that')) continue;
      if (adjunctOnly(toks, from, c.verb.lemma, nextCommaOrThat)) continue;
      emit(np, c, from, toks.length - 1);
    }
  }
  // `Graham: Trump’s Rhetoric Destroying GOP’s Chance` (unless a cue in the headline reported it).
  const head = headlineColonSpeech(text, seg, ctx, kindAt);
  if (head && !found.some((q) => q.start < head.end && head.start < q.end)) {
    head.id = `r${found.length + 1}`;
    found.push(head);
  }
  return found;
}

// `said as the crowd left`, `cheered when Trump spotted a sign`: a clause opened by one of these
// and running to the end with no comma (so no main clause after it) says when the words were
// said, not what they were. `as` only before `if`, `much` or a pronoun, or after `say`/`tell`
// before a determiner: after other cues it names what the speaker called something (`dismissed it
// as “locker-room talk”`).
const ADJUNCT_OPENERS = new Set(['when', 'while', 'before', 'after', 'until']);
const AS_ADJUNCT_NEXT = new Set(['if', 'much', 'though', 'he', 'she', 'they', 'we', 'i', 'it', 'you']);
const DETERMINER_NEXT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** `nextCommaOrThat(j)`: the first comma or `that` at or after token j (indexed once a sentence). */
function adjunctOnly(toks: Tok[], from: number, lemma: string, nextCommaOrThat: (j: number) => number): boolean {
  const opener = toks[from]?.lower ?? '';
  const next = toks[from + 1]?.lower ?? '';
  // (Not a measure: `said as many as 100 people died`, `as much as …`.)
  const as = opener === 'as' && toks[from + 2]?.lower !== 'as' && (AS_ADJUNCT_NEXT.has(next) || ((lemma === 'say' || lemma === 'tell') && DETERMINER_NEXT.has(next)));
  if (!(as || ADJUNCT_OPENERS.has(opener)) || toks[from - 1]?.lower === 'that') return false;
  return nextCommaOrThat(from + 1) >= toks.length;
}

/** The subject of the nearest cue before token `joint` (at most 20 tokens back, not past a full
 * stop), when it can speak: the speaker of a second predicate joined by `and`/`but`. */
function earlierCueSubject(toks: Tok[], joint: number, index: CueIndex, text: string): SpeakerNP | null {
  for (let j = joint - 1; j >= 0 && j >= joint - 20 && !/^[.!?;]$/.test(toks[j].text); j--) {
    if (toks[j].kind !== 'word' || cueAt(index, toks, j) === null) continue;
    const np = subjectBefore(toks, j, text);
    return np && !headCannotSpeak(np) ? np : null;
  }
  return null;
}

