// The quote stage: pairs quotation marks, attributes each stretch to a cue and a speaker,
// joins the pieces of one quote (split around its cue or running over paragraphs), tells
// speech from scare quotes, titles and terms, and adds reported (indirect) speech.
import { segmentKindAt } from '../segment/segment-at.js';
import { firstStartingAt } from '../spans.js';
import type { Diagnostic, LexiconSet, Quote, QuoteKind, Segmentation, Span, Speaker } from '../types.js';
import { FURNITURE } from '../types.js';
import { NOMINAL_CUES, attributeAccordingTo, attributeAskedBy, attributeCueInClause, attributeNominalInClause, attributeAfter, attributeNominal, attributeAtSentenceEnd, attributeBefore, attributeTranscriptTurn, attributeToSubject, clauseEnd, clauseStart, isSpeechCue, type Attribution } from './attribute.js';
import { classify, isBylinedHeadline, isCry, isLinkedExcerpt, isSubheading, wordCount } from './classify.js';
import { buildCueIndex, type CueIndex } from './cues.js';
import { findQuotedStretches, withEnds, type QuotedStretch } from './marks.js';
import { genderByName, type Gender } from './gender.js';
import { confirmedInHeadline, indexPeople, subjectSurnames, withoutCommonOpenings, withQuotedSurnames } from './people.js';
import { headlineNames } from '../headline-names.js';
import { speakersFromBodyQuotes } from './headline-speakers.js';
import { addJointSpeakers } from './joint-speakers.js';
import { indexWords, type WordIndex } from '../word-runs.js';
import { findReportedSpeech } from './reported.js';
import { headCannotSpeak, isSpeakerLike, isSpeakerNoun, possessedNonSpeaker, type SpeakerNP } from './speaker-np.js';
import { DETERMINERS, PRONOUNS } from './words.js';
import { indexMentions, isOpeningPlural, resolveSpeaker, type ArticleContext } from './resolve-speaker.js';

const cueIndexes = new WeakMap<object, CueIndex>();
export function cueIndexFor(lex: LexiconSet): CueIndex {
  let index = cueIndexes.get(lex.attribution);
  if (!index) cueIndexes.set(lex.attribution, (index = buildCueIndex(lex.attribution)));
  return index;
}


const placeSets = new WeakMap<LexiconSet['actors'], Set<string>>();

/** The registry's states by their one-word names and aliases, in lower case. */
function placesFor(lex: LexiconSet): Set<string> {
  let places = placeSets.get(lex.actors);
  if (!places) {
    places = new Set();
    for (const a of lex.actors) if (a.kind === 'state') for (const n of [a.name, ...(a.aliases ?? [])]) if (/^\p{Lu}\p{L}+$/u.test(n)) places.add(n.toLowerCase());
    placeSets.set(lex.actors, places);
  }
  return places;
}

interface Group {
  stretches: QuotedStretch[];
  attribution: Attribution | null;
  kind: QuoteKind;
  /** The speech kind a short phrase had before it became a scare quote for want of a speaker. */
  speechKind: QuoteKind | undefined;
  /** The speaker is only the clause's subject, no cue of the quote's own named them. */
  bySubject: boolean;
  /** The speaker owns a noun for words said before the quote (see ownerBetween). */
  byOwner: boolean;
}

/** The cue and speaker of one stretch: after the closing mark first when the quote ends in a
 * comma (`“…,” he said`), else before the opening one; `He said:` ending the paragraph before. */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)$/iu;
/** `“…,” said one legal expert. … “…,” the expert warned.`: a definite description whose head an
 * unnamed source had before it, and that names no one, is that unnamed source. `quotes` in text order. */
function markReturningSources(quotes: Quote[], text: string): void {
  const unnamedHeads = new Set<string>();
  // (Not when the article names someone in that role: `Obama’s spokesman Josh Earnest said`,
  // `Josh Earnest, Obama’s spokesman,`; asked once per role word.)
  const namedRoles = new Map<string, boolean>();
  const roleNamed = (head: string) => {
    let named = namedRoles.get(head);
    if (named === undefined) namedRoles.set(head, (named = roleBesideName(text, head)));
    return named;
  };
  for (const q of quotes) {
    const s = q.speaker;
    if (!s) continue;
    const head = s.name.slice(s.name.lastIndexOf(' ') + 1).toLowerCase();
    if (s.anonymous) unnamedHeads.add(head);
    else if (s.resolvedBy === 'description' && ((unnamedHeads.has(head) && DEFINITE_DESCRIPTION.test(s.name)) || (UNNAMED_SPOKESPERSON.test(s.name) && !roleNamed(head)))) s.anonymous = true;
  }
}
/** `Her spokesman said`, `the ministry’s spokeswoman said`, `Swift’s rep told …`: someone who speaks
 *  for another, whom the article never names (the description stayed unresolved), is as unnamed a
 *  source as `a spokesman for the ministry`. */
/** A role word written right before a name (`spokesman Josh Earnest`, `spokesman, Josh Earnest`) or
 *  after one in an appositive (`Josh Earnest, Obama’s spokesman,`). */
function roleBesideName(text: string, head: string): boolean {
  const role = `[${head[0]}${head[0].toUpperCase()}]${head.slice(1).replace(/s$/, 's?')}`;
  return new RegExp(`\\b${role},?\\s+\\p{Lu}[\\p{L}.’'-]*\\s+\\p{Lu}|\\p{Lu}[\\p{L}.’'-]*\\s+\\p{Lu}[\\p{L}’'-]+,\\s+(?:[^,.;]{0,40}\\s)?${role}\\b`, 'u').test(text);
}
const UNNAMED_SPOKESPERSON = /^(?:(?:the|his|her|their|its)\s+(?:[\p{L}.’'-]+\s+){0,3}|(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+['’]s?\s+(?:[\p{L}.-]+\s+){0,2})(?:spokes(?:man|woman|person|men|women|people)|reps?|aides?|advis[eo]rs?)$/iu;

/** `said that China “is going to have to make a deal that I like. If they don’t, that’s it.”`: a
 *  reported clause read sentence by sentence ends at the full stop inside the quote it opens; it
 *  runs on to the quote's closing mark. `quotes` in text order; `reported` changed in place. */
function runIntoQuotes(reported: Quote[], quotes: Quote[], text: string): void {
  for (const r of reported) {
    const q = quotes[firstStartingAt(quotes, r.end) - 1];
    // (Only inside the quote's last piece: `“…,” he said, adding that …, “…”` ends between pieces.)
    const piece = q?.contents[q.contents.length - 1];
    if (!q || !piece || q.start < r.start || piece.start >= r.end || q.end <= r.end) continue;
    // (The mark is one character, or two apostrophes as the New York Times writes it.)
    const end = q.end + (text.startsWith("''", q.end) ? 2 : CLOSING_MARK.test(text[q.end] ?? '') ? 1 : 0);
    const last = r.contents[r.contents.length - 1];
    if (last && last.end === r.end) r.contents[r.contents.length - 1] = { start: last.start, end, text: text.slice(last.start, end) };
    r.end = end;
    r.text = text.slice(r.start, end);
  }
}
const CLOSING_MARK = /^[”"’']$/;

/** Nothing but a sentence's end (or the paragraph's start) before a quote. */
const OPENS_SENTENCE = /(?:^|[.!?…:]["”’']?)\s*$/;
const NEAR_LAST_SPEECH = 300;
/** A whole sentence between two offsets (at most NEAR_LAST_SPEECH apart): two sentence ends, the
 *  last speech's own aside. */
function sentenceBetween(text: string, from: number, to: number): boolean {
  const ends = text.slice(from, to).match(/[.!?]["”’']*\s+\p{Lu}/gu);
  return ends !== null && ends.length >= 2;
}
/** A name called at the end of the words (`…, Pelosi!`, `…, Mr. Trump.`). */
const VOCATIVE = /,\s*(?:(?:Mr|Mrs|Ms|Dr)\.\s*|(?:Madam|Mister|Senator|President|Governor|Speaker)\s+)?(\p{Lu}[\p{L}'’-]+)\s*[!.?]?["”’']*\s*$/u;
function addressed(words: string, speaker: string): boolean {
  const m = VOCATIVE.exec(words);
  return m !== null && speaker.split(/\s+/).pop() === m[1];
}
const REPLIES = new Set(['reply', 'answer', 'respond', 'retort']);
const QUESTION_END = /\?["”’']*\s*$/;
// A body named by its initials, three to six capitals (two are too often a state: `US`, `UK`).
const ACRONYM = /^\p{Lu}{3,6}$/u;
/** A question's first word: `Is this …`, `Why did …`. */
const QUESTION_START = /^(?:Is|Are|Was|Were|Do|Does|Did|Will|Would|Can|Could|Should|Have|Has|What|Why|How|When|Where|Who)\s/;
/** What stands between two items of a list of quoted names: a comma (or none, inside the marks), `and`, `or`. */
const LIST_GAP = /^\s*,?\s*(?:(?:and|or)\s+)?$/;
/** Where a group's last quoted stretch ends. */
const lastEnd = (g: Group) => {
  const last = g.stretches[g.stretches.length - 1];
  return last.close ? last.close.end : last.content.end;
};

/** `While protesters chanted, “Red for Ed,” in a hallway, Bosma spoke`: a quote ending in a comma
 * is the cue's after it (`“…,” Bosma said`), unless that cue is not right after it and one right
 * before it introduces it. */
function afterUnlessIntroduced(text: string, q: QuotedStretch, after: Attribution | null, before: () => Attribution | null): Attribution | null {
  if (!after || !q.close || /^[\s,]*$/.test(text.slice(q.close.end, Math.min(after.np.start, after.cue.start)))) return after ?? before();
  const introduced = before();
  return introduced && /^\s*[,:]?\s*$/.test(text.slice(introduced.cue.end, q.open.start)) ? introduced : after;
}

/** A name-like phrase holding a possessive before its last word, which names no one who speaks
 *  (`Flynn’s Life`; `Trump’s Lawyer` speaks). */
function possessedThingInCapitals(np: SpeakerNP): boolean {
  const words = np.nameWords;
  if (np.type !== 'name' || words.length < 2) return false;
  return words.slice(0, -1).some((w) => /\p{L}[’']s$/u.test(w)) && !isSpeakerNoun(words[words.length - 1].toLowerCase());
}

/** The role words opening a speaker phrase, as a description of their own. */
function roleOnly(np: SpeakerNP, role: string): SpeakerNP {
  return { start: np.start, end: np.start + role.length, text: role, type: 'description', nameWords: [], anonymous: false, role: undefined };
}

function cueAttribution(text: string, q: QuotedStretch, paragraphs: Span[], beforeFrom: number, afterTo: number, index: CueIndex): Attribution | null {
  const content = text.slice(q.content.start, q.content.end);
  const strong = /[,?!…—–-]$/.test(content) || (q.close !== null && text[q.close.end] === ',');
  // Only a quote closing its sentence (`…all.” Graham said.`) leaves the words after it loose: a
  // clause ending mid-sentence (`“…to measure” income, he said, rather than …`) runs on into its cue.
  // A short phrase stays loose: a cue later in the sentence seldom speaks a term or a scare quote.
  const loose = !strong && (!/[\p{L}\p{N}]$/u.test(content) || wordCount(content, 4) <= 3);
  const after = () => (q.close ? attributeAfter(text, q, afterTo, index, loose) : null);
  const before = () => attributeBefore(text, q, beforeFrom, index);
  const found = attributeTranscriptTurn(text, q) ?? (strong ? afterUnlessIntroduced(text, q, after(), before) : before() ?? after());
  if (found || q.paragraph === 0 || q.content.start - paragraphs[q.paragraph].start >= 3) return found;
  const prevPara = paragraphs[q.paragraph - 1];
  if (!/:\s*$/.test(prevPara.text)) return null;
  return attributeBefore(text, withEnds(q, { start: prevPara.end, end: prevPara.end }, q.close), clauseStart(text, prevPara.start, prevPara.end), index);
}

/** The article's quotes and reported speech, with the gender of each person named (by full name)
 * where a first name or two signals decide it: the actor stage reads it too. */
export function findQuotes(text: string, seg: Segmentation, lex: LexiconSet, words: WordIndex = indexWords(text)): { quotes: Quote[]; diagnostics: Diagnostic[]; genders: ReadonlyMap<string, Gender> } {
  const index = cueIndexFor(lex);
  const kindAt = (pos: number) => segmentKindAt(seg, pos);
  const { stretches, diagnostics } = findQuotedStretches(text, seg.paragraphs, (pos) => kindAt(pos) === 'data-dump');
  const textRanges: Span[] = seg.segments.filter((s) => s.kind !== 'data-dump').map((s) => ({ start: s.start, end: s.end, text: '' }));

  const places = placesFor(lex);
  const read = withoutCommonOpenings(text, words, indexPeople(text, textRanges, places), lex.firstNames);
  // A name read in a title-case headline is a person's when it opens with a first name, or the
  // text below gives that full name a title (`President Barack Obama`), or it is one word the
  // text below uses as a surname. (A run of capitals alone is no proof: `a Gold Star mother`.)
  const headlineEnd = seg.headline?.end ?? 0;
  const below = read.filter((p) => p.start >= headlineEnd);
  const titledBelow = new Set(below.flatMap((p) => (p.role ? [p.name] : [])));
  const surnamesBelow = new Set(below.map((p) => p.surname));
  const isName = (words: readonly string[]) =>
    lex.firstNames?.has(words[0].toLowerCase()) === true || (words.length === 1 ? surnamesBelow.has(words[0].toLowerCase()) : titledBelow.has(words.join(' ')));
  const inHeadline = headlineNames(text, seg, words, isName);
  const people = confirmedInHeadline(read, inHeadline);
  const surnames = new Set(people.map((p) => p.surname));
  /** The clause subject stands as speaker only when it can speak, and a lone capitalised word
   * opening the clause (`Optimism`, `Attempt`) only when it is a surname the article gives. */
  const subjectSpeaker = (a: Attribution | null): Attribution | null => {
    // (`Donald Trump’s latest victories`, `one assertion` are no speakers; `Clinton’s campaign
    // slogan` stays: a noun for words said.)
    if (!a || !isSpeakerLike(a.np) || headCannotSpeak(a.np) || (possessedNonSpeaker(a.np) && !NOMINAL_CUES.has(a.np.text.slice(a.np.text.lastIndexOf(' ') + 1).toLowerCase()))) return null;
    // (In a title-case headline a possessed thing reads as a name: `Flynn’s Life` is no one.)
    if (possessedThingInCapitals(a.np)) return null;
    // (Nor is a run of capitals there that the article never writes again and that ends in no
    // noun for a speaker: `Mayor Defends Budget Cuts as ‘Necessary’` is the mayor's, `E-Mails
    // Show Jostling Over …` no one's; `NAACP Resolution Calls …` stays.)
    if (a.np.type === 'name' && a.np.nameWords.length > 1 && inHeadline && a.np.start >= inHeadline.headline.start && a.np.start < inHeadline.headline.end && !inHeadline.confirmed(a.np.nameWords) && !inHeadline.writtenAgain(a.np.nameWords) && !isSpeakerNoun(a.np.nameWords[a.np.nameWords.length - 1].toLowerCase())) {
      return a.np.role && isSpeakerNoun(a.np.role.split(/\s+/).pop()!.toLowerCase()) ? { np: roleOnly(a.np, a.np.role), cue: a.cue, side: a.side } : null;
    }
    if (a.np.type !== 'name' || a.np.nameWords.length > 1) return a;
    const word = a.np.nameWords[0];
    const bare = word.toLowerCase().replace(/[’']s?$/u, '');
    // (An acronym is a body's name: `the FWS defended its decision as “…”`.)
    return surnames.has(bare) || lex.firstNames?.has(bare) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) || ACRONYM.test(word) ? a : null;
  };
  const groups: Group[] = [];
  const groupOf = new Map<QuotedStretch, Group>();
  let lastSpeech: Group | null = null;
  stretches.forEach((q, i) => {
    const para = seg.paragraphs[q.paragraph];
    const prev = stretches[i - 1]?.paragraph === q.paragraph ? stretches[i - 1] : undefined;
    const next = stretches[i + 1]?.paragraph === q.paragraph ? stretches[i + 1] : undefined;
    const beforeFrom = clauseStart(text, prev?.close ? prev.close.end : para.start, q.open.start);
    const afterTo = q.close ? clauseEnd(text, q.close.end, next ? next.open.start : para.end) : q.content.end;
    const content = text.slice(q.content.start, q.content.end);
    const furniture = FURNITURE.has(kindAt(q.content.start));

    const found = furniture ? null : cueAttribution(text, q, seg.paragraphs, beforeFrom, afterTo, index);
    // `“…,” Clinton said, referencing a PAC called Future45. “…”`: a cue further on in the sentence
    // that already gave the quote before it its speaker is no new source; that speaker goes on.
    const prevAttribution = prev?.close ? groupOf.get(prev)?.attribution : null;
    // `Griffin claims the image was inspired by Trump’s comments about Kelly having “…” and “…”`: a
    // possessed noun for words said, between the cue and the quote, names whose words they are, and
    // a quote joined to such a one by `and` is the same owner's.
    const ownerBetween = (f: Attribution): Attribution | null => {
      const nominal = attributeNominalInClause(text, q, beforeFrom);
      if (nominal && nominal.cue.start > f.cue.end) return nominal;
      const joined = prev?.close && prevAttribution && groupOf.get(prev)?.byOwner && f.cue.end <= prev.open.start && /^\s*(?:,\s*)?(?:and|or)\s+$/i.test(text.slice(prev.close.end, q.open.start));
      return joined ? prevAttribution : null;
    };
    const owned = found && found.side === 'before' ? ownerBetween(found) : null;
    // `Asked point-blank, “Is that picture you?” Weiner replied, “…”`: a question right before a
    // cue of reply is what was asked, not the reply, and no piece of it.
    const asked = found !== null && found.side === 'after' && REPLIES.has(found.cue.lemma) && QUESTION_END.test(content);
    // (`Asked by one of Ms. Rice’s aides, “Is this the final language …,” Mr. Rhodes replied`: the
    // aide asked it, whatever the mark closing it.)
    const askedByAgent = found !== null && found.side === 'after' && (QUESTION_END.test(content) || QUESTION_START.test(content)) ? attributeAskedBy(text, q, beforeFrom) : null;
    const attribution = askedByAgent !== null || asked
      ? askedByAgent
      : found && found.side === 'before' && prevAttribution?.side === 'after' && prevAttribution.cue.end <= found.cue.start && /[.!?]["”’']*\s+$/.test(text.slice(found.cue.end, q.open.start))
        ? prevAttribution
        : owned ?? found;
    const lineBefore = text.slice(para.start, q.open.start);
    const after = q.close ? text.slice(q.close.end, Math.min(para.end, q.close.end + 40)) : '';
    const kind = q.close && (isSubheading(content, q.family, lineBefore, text.slice(q.close.end, para.end)) || isBylinedHeadline(content, lineBefore, after) || isLinkedExcerpt(lineBefore, after)) ? 'title' : classify({
      content,
      before: text.slice(beforeFrom, q.open.start),
      attributed: attribution !== null,
      furniture,
      headline: kindAt(q.content.start) === 'headline',
      after,
      afterTitle: prev?.close !== undefined && prev.close !== null && groupOf.get(prev)?.kind === 'title' && LIST_GAP.test(text.slice(prev.close.end, q.open.start)),
    });
    const speech = kind === 'direct' || kind === 'partial';
    const prevGroup = groups[groups.length - 1];
    const prevLast = prevGroup?.stretches[prevGroup.stretches.length - 1];
    // Pieces of one quote: continued over a paragraph break, or `“…,” he said, “…”`.
    const between = prev?.close ? text.slice(prev.close.end, q.open.start) : '';
    // (A quote inside the one before, `‘… {"id": 1}’`, is no next piece of it.)
    const nested = prev !== undefined && q.open.start < (prev.close ? prev.close.end : prev.content.end);
    const continues =
      speech && prevLast && !nested && (prevGroup.kind === 'direct' || prevGroup.kind === 'partial') &&
      // (A new transcript turn, `"PENCE: …` after `"WALLACE: …`, is a new quote with its own speaker.)
      ((prevLast.close === null && q.paragraph === prevLast.paragraph + 1 && !(attribution && attribution.cue.text === ':' && attribution.cue.start < q.content.start + 40 && attribution.np.start >= q.content.start)) ||
        (prevLast === prev && prevGroup.attribution?.side === 'after' && prevGroup.attribution.cue.end <= q.open.start &&
          // (The words between end the cue's clause with a comma or a colon: `, he said, “…`. Not
          // a clause that runs on into the next quote, `“very unfair,” claiming he and Clinton both
          // “lied”`; nor a full stop, `“…,” said the minister. “…”`, after which a new sentence
          // is a new quote of the same speaker, as after `the minister said.`)
          /^[^.!?]*[,:]\s*$/.test(between)));
    if (continues) {
      prevGroup.stretches.push(q);
      prevGroup.attribution ??= attribution;
      groupOf.set(q, prevGroup);
      return;
    }
    // (speechKind set now, not added later: one object shape for every group.)
    const group: Group = { stretches: [q], attribution, kind, speechKind: undefined, bySubject: false, byOwner: owned !== null && attribution === owned };
    const bySubject = (a: Attribution | null) => {
      group.bySubject = a !== null;
      return a;
    };
    // A speech quote with no cue of its own: inside a sentence, the sentence's subject; opening
    // a paragraph, the speaker of the quote before it.
    if (speech && !attribution && !asked) {
      // `said that “…” and that the US should not bear “…”`: the same speaker, same sentence.
      // (Not after a quote whose own full stop ended the sentence: `… every year." Malia declined
      // … with a nonchalant, "Nah."`.)
      const endedInside = /^\s+\p{Lu}/u.test(between) && /[.!?]\s*$/.test(text.slice(Math.max(0, (prev?.content.end ?? 0) - 2), prev?.content.end ?? 0));
      const sameSentence = prev?.close && !/[.!?]\s/.test(between) && !endedInside ? prevAttribution : null;
      const ownedHere = attributeNominalInClause(text, q, beforeFrom);
      if (ownedHere) group.byOwner = true;
      group.attribution =
        ownedHere ??
        sameSentence ??
        // `…, he said.` closing the sentence speaks for every quote in it.
        attributeAtSentenceEnd(text, q, para.end, index) ??
        attributeAccordingTo(text, q, para.end, index) ??
        attributeNominal(text, q, beforeFrom) ??
        (beforeFrom < q.open.start - 1 ? bySubject(subjectSpeaker(attributeToSubject(text, beforeFrom, q.open.start, index))) : null) ??
        // The last speaker goes on speaking only in whole clauses, never in a word or two; in a
        // quote inside a sentence of its own, only near their words (not `directives from Xi to
        // “show absolutely no mercy”` 600 characters on).
        // (Nor across a whole sentence of narration between: `Gingrich added: “…” ¶ Rep. Williams
        // backed Gingrich's comments. Rogers was injured when he dove in “like a pool without water.”`)
        (lastSpeech && q.paragraph - lastSpeech.stretches[0].paragraph <= 2 && wordCount(content, 4) >= 4 && ((q.open.start - lastEnd(lastSpeech) <= NEAR_LAST_SPEECH && !sentenceBetween(text, lastEnd(lastSpeech), q.open.start)) || OPENS_SENTENCE.test(text.slice(Math.max(para.start, q.open.start - 3), q.open.start))) ? lastSpeech.attribution : null);
      // A short quoted phrase with nobody speaking nearby is the writer's scare quote.
      // (A cry, `“Four more years!”`, is said by someone even when the text does not say who.)
      if (!group.attribution && wordCount(content, 4) <= 3 && !isCry(content, text.slice(Math.max(beforeFrom, q.open.start - 30), q.open.start))) {
        group.attribution = attributeCueInClause(text, q, beforeFrom, index, clauseStart(text, Math.max(para.start, q.open.start - 300), q.open.start)) ?? attributeNominalInClause(text, q, beforeFrom);
        if (!group.attribution) [group.speechKind, group.kind] = [group.kind, 'scare'];
      }
    }
    groups.push(group);
    groupOf.set(q, group);
    if (group.attribution && group.kind !== 'scare' && speech) lastSpeech = group;
  });

  // `Guns are “…” and “…,” Howard Dean proclaimed`: a speech quote with no source of its own,
  // joined by `and`/`or`/a comma to the next quote in the sentence, shares that quote's cue after it.
  for (let n = groups.length - 2; n >= 0; n--) {
    const g = groups[n], next = groups[n + 1];
    const last = g.stretches[g.stretches.length - 1];
    const speechKind = g.kind === 'direct' || g.kind === 'partial' ? g.kind : g.speechKind;
    // (`Clinton Is ‘Sane’ And ‘Competent,’ Bloomberg Tells U.S.`: a clause's subject gives way too.)
    if ((g.attribution && !g.bySubject) || !speechKind || !last.close || next.attribution?.side !== 'after' || (next.kind !== 'direct' && next.kind !== 'partial')) continue;
    if (next.stretches[0].paragraph !== last.paragraph || !/^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/i.test(text.slice(last.close.end, next.stretches[0].open.start))) continue;
    // (A phrase kept as a scare quote for want of a speaker is speech again: `“reckless” and “dangerous,” X said`.)
    g.attribution = next.attribution;
    g.kind = speechKind;
  }

  // The people the article names, and those it quotes by surname alone.
  const named = groups.flatMap((g) => (g.attribution?.np.type === 'name' && !isOpeningPlural(text, g.attribution.np) ? [g.attribution.np] : []));
  // …and those a sentence opens with by surname alone (`Cruz openly admitted that …`).
  const notName = (w: string) => DETERMINERS.has(w) || PRONOUNS.has(w) || isSpeakerNoun(w);
  const subjects = subjectSurnames(text, seg.sentences.filter((s) => !FURNITURE.has(kindAt(s.start))), notName, (w) => index.single.has(w));
  const everyone = withQuotedSurnames(people, [...named, ...subjects]);
  const mentions = indexMentions(text, everyone, words);
  const quoted = stretches.map((s) => s.content);
  const sureGenders = new Map<string, Gender>();
  const genders = genderByName(text, mentions, seg.sentences, quoted, lex.firstNames, sureGenders);
  const speakers = new Set([...named, ...subjects].map((np) => np.nameWords[np.nameWords.length - 1].toLowerCase().replace(/[.’']s?$/u, '')));
  const speakerSpans = [...new Map(groups.flatMap((g) => (g.attribution ? [[g.attribution.np.start, { start: g.attribution.np.start, end: g.attribution.np.end }] as const] : []))).values()].sort((a, b) => a.start - b.start);
  const ctx: ArticleContext = { text, people: everyone, mentions, sentences: seg.sentences, quoted, genders, speakers, speakerSpans, places, headlineNames: inHeadline, firstNames: lex.firstNames };

  const quotes: Quote[] = groups.map((g, n) => {
    const contents = g.stretches.map((s) => ({ start: s.content.start, end: s.content.end, text: text.slice(s.content.start, s.content.end) }));
    const start = contents[0].start, end = contents[contents.length - 1].end;
    const a = g.attribution;
    const speech = g.kind === 'direct' || g.kind === 'partial';
    const resolved = speech && a ? resolveSpeaker(ctx, a.np) : null;
    // `Chants of “We love you, Pelosi!” rang out, until the minority leader acknowledged them`: the
    // person the words call by name is spoken to, not speaking.
    const speaker: Speaker | null = resolved && !addressed(text.slice(start, end), resolved.name) ? resolved : null;
    return {
      id: `q${n + 1}`,
      start,
      end,
      text: text.slice(start, end),
      contents,
      kind: g.kind,
      cue: speaker && a && isSpeechCue(a.cue) ? { text: a.cue.text, start: a.cue.start, end: a.cue.end, lemma: a.cue.lemma } : null,
      speaker,
      segment: kindAt(start),
      // (Undefined, so absent from the results, until joint-speakers.ts sets it: a key added later
      // would give some quotes another shape, and every function reading quotes would deoptimise.)
      coSpeakers: undefined,
    };
  });
  const reported = findReportedSpeech(text, seg, index, ctx, kindAt);
  runIntoQuotes(reported, quotes, text);
  const all = [...quotes, ...reported].sort((a, b) => a.start - b.start);
  speakersFromBodyQuotes(all);
  markReturningSources(all, text);
  addJointSpeakers(all, ctx);
  return { quotes: all, diagnostics, genders: sureGenders };
}
