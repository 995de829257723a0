// Pronouns (`he`, `she`, `his`, `her`, `him`) and bare titles (`the spokesman`) pointing back at a
// person. The subject of a sentence is the usual antecedent, so the candidate is the first person
// named earlier in the same sentence, else the first person of the nearest earlier sentence that
// names one, agreeing in gender where the person's is known (first name or role). Inside quoted
// speech `he` and `she` are never the speaker, who would say `I`.
import type { ActorRef, Mention, Segmentation } from '../types.js';
import { genderOfRole, pronounGender, type Gender } from '../quotes/gender.js';
import { firstStartingAt, spanIndexAt } from '../spans.js';
import { indexWords, type WordIndex } from '../word-runs.js';
import { heIsName } from '../name-he.js';

type Draft = Omit<Mention, 'segment'>;

export const PRONOUN = /(?<![\p{L}\p{N}])(?:he|she|him|his|her)(?![\p{L}\p{N}])/iuy;
export const BARE_TITLE = /(?<![\p{L}\p{N}])the\s+(?<title>senator|spokesman|spokeswoman|ambassador|president|prime minister|foreign minister|minister|secretary|envoy|ayatollah|judge|general|commander)(?![\p{L}\p{N}])/iuy;

/** What a global PRONOUN (or BARE_TITLE) yields over the text. Each match is a whole word of two
 *  or three letters (or opens with the word `the`), and that word starts with h or s (t) in some
 *  case (`ſ` is an s to a case-insensitive regex): the sticky regex is tried at those words only. */
function wordMatches(text: string, words: WordIndex, re: RegExp, minLength: number, maxLength: number, firstLetter: (c: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let r = 0; r < words.count; r++) {
    const start = words.starts[r];
    const length = words.ends[r] - start;
    if (length < minLength || length > maxLength || !firstLetter(text.charCodeAt(start))) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) out.push(m);
  }
  return out;
}
const isHOrS = (c: number) => (c | 0x20) === 104 || (c | 0x20) === 115 || c === 0x17f;
const isT = (c: number) => (c | 0x20) === 116;
/** The pronouns of the text, less a `He` that is part of a name (`Liu He`). */
export const pronounsIn = (text: string, words: WordIndex) => wordMatches(text, words, PRONOUN, 2, 3, isHOrS).filter((m) => !heIsName(text, m.index));
export const bareTitlesIn = (text: string, words: WordIndex) => wordMatches(text, words, BARE_TITLE, 3, 3, isT);
// Furthest back an antecedent is looked for.
const REACH = 1200;
// Longest opening phrase whose pronoun may point ahead at the subject, and what may stand between
// its comma and that subject (titles).
const OPENING_REACH = 120;
// A name is in brackets when the last bracket before it opens one, within ASIDE_REACH characters.
const ASIDE_REACH = 200;

/** Where the text has `(` or `)`, in order: read once per article, looked up by binary search. */
function bracketsOf(text: string): { start: number }[] {
  const out: { start: number }[] = [];
  for (let i = text.indexOf('('), j = text.indexOf(')'); i >= 0 || j >= 0; ) {
    if (j < 0 || (i >= 0 && i < j)) {
      out.push({ start: i });
      i = text.indexOf('(', i + 1);
    } else {
      out.push({ start: j });
      j = text.indexOf(')', j + 1);
    }
  }
  return out;
}
// `One woman adopted from Iran …`, `Another veteran …`: an unnamed person, one of several, opening a
// sentence as its subject, and the gender its noun gives (none for `veteran`). (`A man known for his
// dapper wardrobe` is as often the person named before.)
const UNNAMED_SUBJECT = /^\s*(?:(?:And|But)\s+)?(?:One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}?(woman|man|mother|father|girl|boy|wife|husband|daughter|son|widow|widower|sister|brother|veteran|student|voter|resident|adoptee|worker|teacher|nurse|immigrant|refugee)\b/u;
const FEMALE_NOUNS = new Set(['woman', 'mother', 'girl', 'wife', 'daughter', 'widow', 'sister']);
const MALE_NOUNS = new Set(['man', 'father', 'boy', 'husband', 'son', 'widower', 'brother']);

// An opening phrase starts with a preposition, a subordinator or a participle (`During his attack,`,
// `Asked whether he …,`), not with a subject (`His campaign manager, Robby Mook,`; `She pointed to his …,`).
const OPENING_PHRASE = /^\s*(?:(?:And|But|Yet)\s+)?(?:In|During|After|Before|Despite|For|With|Without|Since|When|While|Whereas|Although|Though|Because|Given|Even|Along|Ever|Following|Unlike|Like|As|On|At|By|From|Among|Amid|Under|Through|Over|Throughout|Once|Until|If|Counter|Far\s+from|Apart\s+from|Aside\s+from|Beyond|Besides|Against|Within|Upon|\p{Lu}\p{Ll}+(?:ing|ed))\s/u;
const PARTICIPLE_OPENING = /^\s*(?:(?:After|Before|Since|While|When|By|Upon|On|In|Without|Despite)\s+)?\p{L}+ing\s/u;
const QUOTE_OPENING = /^\s*[“"]$/;
// What may stand before a pronoun that is its sentence's subject (`Then he …`, `But she …`).
const SENTENCE_SUBJECT_BEFORE = /^\s*(?:(?:And|But|Then|So|Yet|Still|Later|Now|Instead|Also)\s+)?$/;
const SUBJECT_OPENING = /^\s*(?:(?:the\s+)?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Prince|Princess|King|Queen|Lord|Lady|Sir|Dame|Judge|Justice|Mayor|Minister|Chancellor|Premier|former|Republican|Democratic|presidential|candidate|nominee)\.?\s+)*$/;


/** The gender a reader assumes for a person: first name, then what the quote stage is sure of
 * (an honorific, a role, two pronouns after the person opens a sentence), then role. */
function genderOf(ref: ActorRef | undefined, firstNames: Map<string, Gender> | undefined, genders: ReadonlyMap<string, Gender>): Gender | undefined {
  if (!ref) return undefined;
  const first = ref.name.split(/\s+/)[0].toLowerCase();
  return firstNames?.get(first) ?? genders.get(ref.name) ?? genderOfRole(ref.role);
}

/** The title is what the role names (`Iranian President`, `President of Iran`), not a word in it (`the president’s adviser`). */
function roleIs(role: string | null | undefined, title: string): boolean {
  const r = (role ?? '').toLowerCase();
  if (r === title || r.startsWith(`${title} of `)) return true;
  // `Vice President`, `Former Governor`, `counselor to the president`: another office than the bare title names.
  return r.endsWith(` ${title}`) && !/(?:^|\s)(?:vice|deputy|assistant|former|ex|under|the|to|of|for)[\s-]+\S+$/.test(r);
}

/** A stretch of quoted speech and the actor who says it (null: unknown or anonymous). */
export interface SpeechStretch {
  start: number;
  end: number;
  speaker: string | null;
}

/** The speaker of a reported clause, and the gender of the pronoun naming them, if one does. */
export interface ReportedOpening {
  actor: string;
  gender?: Gender;
  /** The cue only reports (`said`, `told`): a `his` or `her` opening the clause is the speaker's too. */
  plainCue?: boolean;
}

// `criticized Donald Trump for his racist comments`: a possessive after a person and `for` or `over`.
const POSSESSIVE_PRONOUN = /^(?:his|her)$/i;
const FOR_OBJECT_GAP = /^\s+(?:for|over)\s+$/;
// A person, their verb, and `him` as its object: right after it, or after a comma and a participle,
// or after `and` and another verb with the same subject.
const VERB_THEN_OBJECT = /^\s+(?:(?:has|had|also|then|later)\s+)?\p{Ll}+ed\s+$/u;
const AGENT_THEN_OBJECT = /^\s+(?:(?:has|had|also|then|later)\s+)?\p{Ll}+ed\s+[^,.;:“”"]{1,60}?(?:,\s+\p{Ll}+ing|\s+and\s+\p{Ll}+ed)\s+$/u;
// … or a bare verb then a participle after a dash: `Listening to Michael R. Bloomberg rage about
// Donald J. Trump — labeling him` (an initial's dot allowed in the names between).
const AGENT_THEN_ASIDE = /^\s+\p{Ll}+\s+(?:[^,.;:“”"—–]|(?<=\s\p{Lu})\.){1,60}?\s[—–]\s+\p{Ll}+ing\s+$/u;
// How far back (characters) a clause's agent may be.
const AGENT_REACH = 200;

/**
 * `reportedOpenings`: the start of each reported clause right after its cue whose speaker is a named
 * person, and that person. `he` or `she` opening such a clause is its speaker (`Mr. Manafort said he was focused …`), not
 * the first person of the sentence (`As for Mr. Trump's attacks, Mr. Manafort said he …`).
 */
export function resolveAnaphora(text: string, seg: Segmentation, drafts: Draft[], people: Set<string>, refs: Map<string, ActorRef>, speech: SpeechStretch[], firstNames?: Map<string, Gender>, words: WordIndex = indexWords(text), reportedOpenings: ReadonlyMap<number, ReportedOpening> = new Map(), genders: ReadonlyMap<string, Gender> = new Map()): Draft[] {
  const named = drafts.filter((d) => people.has(d.actor) && d.resolvedBy !== 'pronoun').sort((a, b) => a.start - b.start);
  if (!named.length) return [];
  const brackets = bracketsOf(text);
  const sentences = seg.sentences.length ? seg.sentences : [{ start: 0, end: text.length, text }];
  // Speech as disjoint stretches, so that one very long quote does not make every lookup scan
  // the quotes within its length.
  const stretches = [...speech].sort((a, b) => a.start - b.start);
  const speechUnion: { start: number; end: number }[] = [];
  for (const s of stretches) {
    const last = speechUnion[speechUnion.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else speechUnion.push({ start: s.start, end: s.end });
  }
  const inSpeech = (at: number) => spanIndexAt(speechUnion, at) >= 0;
  // Who speaks at an offset inside quoted speech (the innermost stretch there).
  const speakerAt = (at: number): string | null => {
    // Stretches nest only a few deep: the innermost holding `at` is among the last few starting before it.
    const last = firstStartingAt(stretches, at + 1) - 1;
    for (let i = last; i >= 0 && i > last - 8; i--) if (at < stretches[i].end) return stretches[i].speaker;
    return null;
  };
  /** The first accepted person in [from, to) among sorted candidates. */
  const firstAmong = (list: Draft[], from: number, to: number, accept: (id: string, d?: Draft) => boolean): Draft | undefined => {
    for (let i = firstStartingAt(list, from); i < list.length && list[i].start < to; i++) if (list[i].end <= to && accept(list[i].actor, list[i])) return list[i];
    return undefined;
  };
  // Inside quoted speech a pronoun may also point at a title or a quoted pronoun resolved before it
  // (`“He's made … “He's getting …`): the speaker's sentences go on about one person without
  // naming them again.
  const titles: Draft[] = [];
  const quotedPronouns: Draft[] = [];
  /** The person right after an opening phrase's comma (titles at most between), before `end`. */
  const subjectAfterComma = (comma: number, end: number, accept: (id: string) => boolean): Draft | undefined => {
    const subject = named[firstStartingAt(named, comma + 1)];
    return subject && subject.end <= end && SUBJECT_OPENING.test(text.slice(comma + 1, subject.start)) && accept(subject.actor) ? subject : undefined;
  };
  // `Even without his loss carry-over, Mr. Trump would have paid no tax`: a pronoun in an opening
  // phrase, with no one named before it, is the subject right after the phrase's comma.
  const subjectAfterOpening = (at: number, sentenceStart: number, sentenceEnd: number, accept: (id: string) => boolean): Draft | undefined => {
    // (Every read stays within OPENING_REACH of the sentence's start: a long sentence with many
    // pronouns is not scanned once per pronoun.)
    if (at - sentenceStart > OPENING_REACH) return undefined;
    const comma = text.slice(at, Math.min(sentenceEnd, sentenceStart + OPENING_REACH + 1)).indexOf(',') + at;
    const opening = text.slice(sentenceStart, at);
    if (comma < at || /[,;:()“”"]/.test(opening)) return undefined;
    // (`In that letter he argued that he was … than his opponent, Senator Kennedy`: a clause, not a phrase.)
    if (/[;:()“”"]/.test(text.slice(at, comma)) || !OPENING_PHRASE.test(opening) || /\b(?:he|she|they|it|I|we)\s/i.test(opening.slice(1))) return undefined;
    return subjectAfterComma(comma, sentenceEnd, accept);
  };
  // `Since announcing William Weld as his running mate, Johnson has risen …. His rallies`: a
  // sentence's subject comes after its opening phrase, and the names inside that phrase are not it.
  const openingSubject = (start: number, end: number, firstAt: number, accept: (id: string) => boolean): Draft | undefined => {
    const comma = text.slice(start, Math.min(end, start + OPENING_REACH + 1)).indexOf(',') + start;
    if (comma < start || firstAt > comma) return undefined;
    const opening = text.slice(start, comma);
    if (!OPENING_PHRASE.test(opening) || /[;:()“”"]/.test(opening)) return undefined;
    return subjectAfterComma(comma, end, accept);
  };
  // In narration an earlier sentence's subject may be a `he` or `she` opening it, resolved before:
  // `Then he turned to Marco Rubio. He angrily listed …` goes on about that subject, not Rubio.
  const narrationSubjects: Draft[] = [];
  const firstIn = (from: number, to: number, accept: (id: string, d?: Draft) => boolean, chained: boolean, earlier?: Gender): Draft | undefined => {
    let best = firstAmong(named, from, to, accept);
    if (!chained && !earlier) return best;
    // (A `she` is no antecedent of a `he`, whoever it was resolved to.)
    const sameGender = (id: string, d?: Draft) => accept(id, d) && (!d || pronounGender(d.text) === earlier);
    for (const list of chained ? [titles, quotedPronouns] : [narrationSubjects]) {
      const d = firstAmong(list, from, best ? best.start : to, chained ? accept : sameGender);
      if (d && (!best || d.start < best.start)) best = d;
    }
    return best;
  };

  /** Sentence k opens with an unnamed person (`One woman adopted from Iran …`) who may be what a
   * pronoun of gender `want` stands for, before `at`. */
  const unnamedSubject = (k: number, at: number, want?: Gender): boolean => {
    const s = sentences[k];
    // (Most sentences open with no such word: one character code read first.)
    const c = text.charCodeAt(s.start);
    if (c !== 65 && c !== 79 && c !== 66) return false; // A(nd, nother), O(ne), B(ut)
    const m = UNNAMED_SUBJECT.exec(text.slice(s.start, Math.min(s.end, at, s.start + 60)));
    if (!m) return false;
    const noun = m[1];
    return !want || (want === 'female' ? !MALE_NOUNS.has(noun) : !FEMALE_NOUNS.has(noun));
  };

  const antecedent = (at: number, accept: (id: string) => boolean, chained = false, ahead = false, want?: Gender): string | null => {
    const si = firstStartingAt(sentences, at + 1) - 1;
    const here = firstIn(si >= 0 ? sentences[si].start : 0, at, accept, chained);
    // `One woman adopted from Iran did not learn of her status`: the unnamed subject, nobody named.
    if (!here && si >= 0 && !chained && unnamedSubject(si, at, want)) return null;
    // `Since announcing William Weld as his running mate, Johnson has risen`: a participle's
    // phrase has the main subject as its own, so a name in it is an object, not the antecedent.
    const participial = ahead && si >= 0 && PARTICIPLE_OPENING.test(text.slice(sentences[si].start, Math.min(at, sentences[si].start + 40)));
    const subject = ahead && si >= 0 && (!here || participial) ? subjectAfterOpening(at, sentences[si].start, sentences[si].end, accept) : undefined;
    if (subject) return subject.actor;
    if (here) return here.actor;
    // (A person named in brackets in an earlier sentence is an aside, not its subject: `The state's
    // electorate (Sen. Paul Tsongas of Massachusetts won here) makes this a contest Sanders must
    // win. He …`; unless the pronoun is in the brackets too.)
    const inBrackets = (i: number) => {
      const b = brackets[firstStartingAt(brackets, i) - 1]?.start;
      return b !== undefined && i - b <= ASIDE_REACH && text.charCodeAt(b) === 40;
    };
    const notAside = inBrackets(at) ? accept : (id: string, d?: Draft) => accept(id) && !(d && inBrackets(d.start));
    for (let k = si - 1; k >= 0 && sentences[k].end >= at - REACH; k--) {
      if (!chained && unnamedSubject(k, sentences[k].end, want)) return null;
      const first = firstIn(sentences[k].start, sentences[k].end, notAside, chained, want);
      if (first) return (openingSubject(sentences[k].start, sentences[k].end, first.start, accept) ?? first).actor;
    }
    return null;
  };

  // (A bare title inside quoted speech is left alone: `We offered the prime minister …` is too
  // often someone the speaker's sentences have not named.)
  for (const m of bareTitlesIn(text, words)) {
    if (inSpeech(m.index)) continue;
    const title = m.groups!.title.toLowerCase();
    const actor = antecedent(m.index, (id) => roleIs(refs.get(id)?.role, title));
    if (actor) titles.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor, resolvedBy: 'title', isLabel: false });
  }
  const opensSentence = (at: number) => {
    const si = firstStartingAt(sentences, at + 1) - 1;
    return si >= 0 && SENTENCE_SUBJECT_BEFORE.test(text.slice(sentences[si].start, at));
  };
  const opensSentenceInQuote = (at: number) => {
    const si = firstStartingAt(sentences, at + 1) - 1;
    return si >= 0 && QUOTE_OPENING.test(text.slice(sentences[si].start, at));
  };
  const out: Draft[] = [];
  /** The person a `him` at `at` is the object of the verb of: `He called him`, `Cruz attacked
   *  Rubio, calling him`, `Cruz attacked Rubio and called him` (the nearest person or resolved
   *  pronoun before `at` in its sentence, within AGENT_REACH, for whom the words between read so). */
  const agentOfObject = (at: number): string | undefined => {
    const si = firstStartingAt(sentences, at + 1) - 1;
    const from = Math.max(si >= 0 ? sentences[si].start : 0, at - AGENT_REACH);
    // (People named, and pronouns resolved so far: both in text order.)
    let i = firstStartingAt(named, at) - 1, j = out.length - 1;
    for (let n = 0; n < 3; n++) {
      const a = i >= 0 ? named[i] : undefined, b = j >= 0 ? out[j] : undefined;
      const d = a && (!b || a.start > b.start) ? a : b;
      if (!d || d.start < from) return undefined;
      if (d === a) i--;
      else j--;
      if (d.end > at) continue;
      const between = text.slice(d.end, at);
      // (Past a participle or a second verb, only when someone else is named in between, whom
      // `him` then is: `putting him on both sides` may be the subject's own.)
      if (VERB_THEN_OBJECT.test(between) || ((AGENT_THEN_OBJECT.test(between) || AGENT_THEN_ASIDE.test(between)) && n > 0)) return d.actor;
    }
    return undefined;
  };
  for (const m of pronounsIn(text, words)) {
    // Inside quoted speech a speaker says `I` of themself: `he` and `she` there are someone else.
    const quoted = inSpeech(m.index);
    const speaker = quoted ? speakerAt(m.index) : null;
    // `she` never points at a man, nor `he` at a woman; an unknown gender rules no one out.
    const want = pronounGender(m[0]) ?? (/^him$/i.test(m[0]) ? 'male' : undefined);
    const agrees = (id: string) => {
      const g = want && genderOf(refs.get(id), firstNames, genders);
      return !g || g === want;
    };
    // (`his` or `her` only after a cue that only reports, `Clinton said that her family …`:
    // `Mr. Christie questioned his depth` is someone else’s.)
    const opening = quoted ? undefined : reportedOpenings.get(m.index);
    const reporter = opening && (/^(?:he|she)$/i.test(m[0]) || (opening.plainCue && /^(?:his|her)$/i.test(m[0]))) ? opening : undefined;
    // `He called him a liar`, `Cruz attacked Rubio, calling him a liar`: `him` is not the agent of
    // its own clause.
    const agent = /^him$/i.test(m[0]) ? agentOfObject(m.index) : undefined;
    const accept = (id: string) => !(quoted && id === speaker) && id !== agent && agrees(id);
    // `criticized Donald Trump for his racist comments`, `attacked Clinton over her emails`: a
    // possessive right after a person and `for` or `over` is that person's, not the subject's.
    const object = POSSESSIVE_PRONOUN.test(m[0]) ? named[firstStartingAt(named, m.index) - 1] : undefined;
    const forObject = object && object.end <= m.index && m.index - object.end <= 6 && FOR_OBJECT_GAP.test(text.slice(object.end, m.index)) && accept(object.actor) ? object.actor : undefined;
    const actor = forObject ?? (reporter && (reporter.gender ?? want) === want && agrees(reporter.actor) ? reporter.actor : antecedent(m.index, accept, quoted, !quoted, want));
    if (!actor) continue;
    const d: Draft = { start: m.index, end: m.index + m[0].length, text: m[0], actor, resolvedBy: 'pronoun', isLabel: false };
    out.push(d);
    if (quoted) quotedPronouns.push(d);
    // (`“His friendship with … Epstein is under investigation,” the expert warned. The answers he
    // gave …`: a quote opening its sentence with a pronoun is about that person too.)
    if ((!quoted && /^(?:he|she)$/i.test(m[0]) && opensSentence(m.index)) || (quoted && opensSentenceInQuote(m.index))) narrationSubjects.push(d);
  }
  return [...out, ...titles];
}
