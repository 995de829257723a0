// People named together as the subject of one cue: `House Speaker Nancy Pelosi and Senate
// Democratic Leader Chuck Schumer said in a joint statement`, `Reps. John Lewis, Andre Carson and
// Emanuel Cleaver said`, `“…,” said Pelosi and Schumer`. The speaker phrase a cue reads is the
// conjunct next to it; the others said the words with that speaker and are the quote's
// `coSpeakers`. Only people the article names are joined (a list of names, each a person the
// people index knows), and only when the list opens the clause: `a spokesman for Pelosi and
// Schumer said` has one speaker, the spokesman. (A group after the names, `Mitt Romney and other
// Republicans said`, is the speaker, the people named before it its co-speakers.) A `they` right
// after such a quote, or after a sentence such a list opens, is the same people.
import { firstStartingAt } from '../spans.js';
import type { Quote, Speaker } from '../types.js';
import { antecedent, nameOf, type ArticleContext, type PersonMention } from './resolve-speaker.js';
import { pronounGender } from './gender.js';
import { isTitleWord } from './people.js';
import { SENTENCE_OPENERS } from './words.js';

/** Between two conjuncts: `, `, `, and `, ` and `, ` & `. */
const JOIN_BEFORE = /(?:,[ \t\u00a0]+(?:and[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+)$/;
const JOIN_AFTER = /^(?:,[ \t\u00a0]+(?:and[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+)/;
/** A title word before a conjunct's name, capitalised or abbreviated (`Sen.`, `Reps.`, `House Speaker`). */
const TITLE_BEFORE = /(\p{Lu}[\p{L}’'.-]*)[ \t\u00a0]+$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** A title word as written before a name, plural or abbreviated too (`Reps.`, `Sens.`, `Speaker`). */
const isTitle = (w: string) => isTitleWord(w.replace(/s?\.$/, '')) || isTitleWord(w);
/** What may come before a list that opens its clause: nothing, a mark, or an opening word. */
const OPENS_CLAUSE = /(?:^|[.!?,;:—–(“”"‘’\n]|\b(?:both|and|but|while|as|when|then)|\b\p{Lu}\p{Ll}*)[ \t\u00a0]*$/u;
/** What may follow a list after its cue (`said Pelosi and Schumer in a statement.`). */
const ENDS_LIST = /^(?:[ \t\u00a0]*(?:[.,;:!?)”"’—–]|$)|[ \t\u00a0]+(?:in|on|at|during|after|before|via|of|from|who|when|while)\b)/;

interface Conjunct {
  start: number;
  end: number;
  mention: PersonMention;
  role: string | undefined;
}

/** The mention that ends exactly at `end` (the last one when several do), if any. */
function mentionEndingAt(mentions: readonly PersonMention[], end: number): PersonMention | null {
  for (let i = firstStartingAt(mentions, end) - 1; i >= 0 && end - mentions[i].start <= 80; i--) if (mentions[i].end === end) return mentions[i];
  return null;
}

/** Where a name starting at `start` starts with the capitalised title words right before it
 *  (`House Speaker Nancy Pelosi`, `Ms. Warren`), up to four. */
function titledStart(text: string, start: number): number {
  let titled = false;
  for (let n = 0; n < 4; n++) {
    const t = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!t || SENTENCE_OPENERS.has(t[1].toLowerCase().replace(/\.$/, ''))) break;
    // (Title words run back from the name: `Senate Democratic Leader`, but a capitalised word
    // before a name with no title next to it is no part of it: `Yesterday Pelosi`.)
    const title = isTitle(t[1]);
    if (!titled && !title) break;
    // (A full stop after any other word but initials ends the sentence before: `in Ohio. Mrs. Clinton`.)
    if (!title && t[1].endsWith('.') && !INITIALS.test(t[1])) break;
    titled = true;
    start -= t[0].length;
  }
  return start;
}

/** The conjunct ending at `end`: a person's mention and its title words. */
function conjunctEndingAt(text: string, mentions: readonly PersonMention[], end: number): Conjunct | null {
  const mention = mentionEndingAt(mentions, end);
  if (!mention) return null;
  const start = titledStart(text, mention.start);
  return { start, end: mention.end, mention, role: start < mention.start ? text.slice(start, mention.start).trimEnd() : undefined };
}

/** The conjunct starting at `at`: optional title words, then a person's mention. */
function conjunctStartingAt(text: string, mentions: readonly PersonMention[], at: number): Conjunct | null {
  const i = firstStartingAt(mentions, at);
  // (Title words may stand between `at` and the mention: `and Sen. Chuck Schumer`.)
  for (let k = i; k < mentions.length && mentions[k].start - at <= 40; k++) {
    const m = mentions[k];
    const between = text.slice(at, m.start);
    if (between !== '' && !/^(?:\p{Lu}[\p{L}’'-]*\.?[ \t\u00a0]+){1,4}$/u.test(between)) return null;
    if (between !== '' && !between.trim().split(/[ \t\u00a0]+/).some(isTitle)) continue;
    return { start: at, end: m.end, mention: m, role: between === '' ? undefined : between.trimEnd() };
  }
  return null;
}

/** A conjunct as a speaker, named as the quote stage names any (`Mrs. Clinton` → Hillary Clinton). */
function coSpeaker(ctx: ArticleContext, c: Conjunct): Speaker {
  const written = ctx.text.slice(c.mention.start, c.mention.end);
  const s: Speaker = { start: c.start, end: c.end, anonymous: false, name: nameOf(ctx, c.mention.person), resolvedBy: written.includes(' ') ? 'name' : 'surname' };
  if (c.role !== undefined) s.role = c.role;
  return s;
}

/** The people named with the speaker of a cue before it, nearest first. */
function joinedBefore(text: string, mentions: readonly PersonMention[], speaker: Speaker): Conjunct[] {
  const out: Conjunct[] = [];
  let from = titledStart(text, speaker.start);
  let sawAnd = false;
  for (let n = 0; n < 8; n++) {
    const join = JOIN_BEFORE.exec(text.slice(Math.max(0, from - 8), from));
    if (!join) break;
    const c = conjunctEndingAt(text, mentions, from - join[0].length);
    if (!c) break;
    // (A list is `A, B and C`: the join nearest the speaker says `and`; the others may not.)
    const isAnd = /and|&/.test(join[0]);
    if (n === 0 ? !isAnd : isAnd && !/,/.test(join[0])) break;
    sawAnd ||= isAnd;
    out.push(c);
    from = c.start;
  }
  // The list must open its clause: not `a spokesman for Pelosi and Schumer said`.
  if (!sawAnd || !out.length || !OPENS_CLAUSE.test(text.slice(Math.max(0, from - 20), from))) return [];
  return out;
}

/** The people named with the speaker of a cue after it (`said Pelosi and Schumer`), in order. */
function joinedAfter(text: string, mentions: readonly PersonMention[], speaker: Speaker): Conjunct[] {
  const out: Conjunct[] = [];
  let at = speaker.end;
  for (let n = 0; n < 8; n++) {
    const join = JOIN_AFTER.exec(text.slice(at, at + 8));
    if (!join) break;
    const c = conjunctStartingAt(text, mentions, at + join[0].length);
    if (!c) break;
    out.push(c);
    at = c.end;
    if (/and|&/.test(join[0])) return ENDS_LIST.test(text.slice(at, at + 12)) ? out : [];
  }
  return [];
}

/** Each quote whose speaker is named in a list of people before or after its cue, with the others
 *  of the list as co-speakers (in text order); and a `they` after such a quote, or after a
 *  sentence naming such a list, as the same people. The quotes are changed in place. */
export function addJointSpeakers(quotes: Quote[], ctx: ArticleContext): void {
  let lastJoint: Quote | null = null;
  let lastNamed = -1;
  for (const q of quotes) {
    const s = q.speaker;
    if (s && isThey(ctx.text, s)) {
      const same = lastJoint && lastJoint.end > lastNamed && q.start - lastJoint.end <= THEY_REACH ? lastJoint : null;
      const pair = same ? null : pairInSentenceBefore(ctx, s.start);
      if (same) [q.speaker, q.coSpeakers] = [asPronoun(same.speaker!, s), same.coSpeakers];
      else if (pair) [q.speaker, q.coSpeakers] = [asPronoun(pair[0], s), pair.slice(1)];
      continue;
    }
    // (The speaker must be a person named there too, by title words and a name alone: not
    // `Covington County, William Blocker, and Mobile County`. Or a group the people before it
    // belong to: `Mitt Romney and other Republicans have criticized` is the Republicans' with Romney.)
    const withOthers = s !== null && s.resolvedBy !== 'pronoun' && OTHERS.test(ctx.text.slice(s.start, s.end));
    if (!s || (!withOthers && (s.anonymous || s.resolvedBy === 'pronoun' || s.resolvedBy === 'description' || conjunctStartingAt(ctx.text, ctx.mentions, s.start)?.end !== s.end))) {
      if (s && !s.anonymous) lastNamed = q.start;
      continue;
    }
    // (The spoken words are never the list: `“…,” said Pelosi` reads on after the cue, not back.)
    const after = q.cue !== null && s.start >= q.cue.end;
    const found = after ? joinedAfter(ctx.text, ctx.mentions, s) : joinedBefore(ctx.text, ctx.mentions, s).reverse();
    const others = othersThan(ctx, s.name, found);
    const pronoun = withOthers && !others.length ? pronounJoinedBefore(ctx, s) : null;
    if (pronoun) others.push(pronoun);
    if (others.length) {
      q.coSpeakers = others;
      // (`Sen. Ted Cruz and other senators said`: a source named with the group is no unnamed one.)
      if (withOthers) s.anonymous = false;
      lastJoint = q;
    } else lastNamed = q.start;
  }
}

// `She and other Democrats said`: a `he` or `she` opening its clause, joined to the group.
const PRONOUN_AND = /(?:[.!?;:—–(“”"‘’\n,][ \t\u00a0]*|\b(?:both|but|while|as|when|then|and)[ \t\u00a0]+)(he|she|He|She)[ \t\u00a0]+and[ \t\u00a0]+$/u;

/** The person a `he` or `she` joined to a group before it stands for (`She and other Democrats`). */
function pronounJoinedBefore(ctx: ArticleContext, s: Speaker): Speaker | null {
  // (A text opening with the pronoun has nothing before it: a newline stands in.)
  const from = Math.max(0, s.start - 30);
  const before = (from === 0 ? '\n' : '') + ctx.text.slice(from, s.start);
  const m = PRONOUN_AND.exec(before);
  if (!m) return null;
  const start = s.start - (before.length - (m.index + m[0].lastIndexOf(m[1])));
  const person = antecedent(ctx, start, pronounGender(m[1]));
  return person ? { start, end: start + m[1].length, anonymous: false, name: nameOf(ctx, person), resolvedBy: 'pronoun' } : null;
}

/** A group written as the others of its kind: `other Republicans`, `other senators`. */
const OTHERS = /^other[ \t\u00a0]/i;

/** How far after a joint quote a `they` still stands for its speakers. */
const THEY_REACH = 600;

const isThey = (text: string, s: Speaker) => s.resolvedBy === 'pronoun' && /^they$/i.test(text.slice(s.start, s.end));

/** The conjuncts as speakers, without `name` and without repeats. */
function othersThan(ctx: ArticleContext, name: string, found: Conjunct[]): Speaker[] {
  const seen = new Set([name]);
  const others: Speaker[] = [];
  for (const c of found) {
    const speaker = coSpeaker(ctx, c);
    if (!seen.has(speaker.name)) others.push(speaker);
    seen.add(speaker.name);
  }
  return others;
}

/** `who` as the speaker at the pronoun: its span, resolved from the pronoun. */
function asPronoun(who: Speaker, pronoun: Speaker): Speaker {
  const s: Speaker = { start: pronoun.start, end: pronoun.end, anonymous: false, name: who.name, resolvedBy: 'pronoun' };
  if (who.role !== undefined) s.role = who.role;
  return s;
}

/** `House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer met the president. “…,”
 *  they said`: the people a list opening the sentence before names, the last first. */
function pairInSentenceBefore(ctx: ArticleContext, pos: number): Speaker[] | null {
  const si = firstStartingAt(ctx.sentences, pos + 1) - 1;
  // (The sentence of the pronoun itself too, before it: `Pelosi and Schumer met Trump, and they said`.)
  for (const sentence of [ctx.sentences[si], ctx.sentences[si - 1]]) {
    if (!sentence) continue;
    const end = Math.min(sentence.end, pos);
    // (Only the mentions near the pronoun are read: a `they` per line of one endless sentence must
    // not read it all again each time.)
    for (let k = firstStartingAt(ctx.mentions, Math.max(sentence.start, pos - THEY_REACH)); k < ctx.mentions.length && ctx.mentions[k].start < end; k++) {
      const m = ctx.mentions[k];
      const self: Speaker = { start: titledStart(ctx.text, m.start), end: m.end, anonymous: false, name: nameOf(ctx, m.person), resolvedBy: 'name' };
      if (self.start < sentence.start) continue;
      const found = joinedBefore(ctx.text, ctx.mentions, self);
      if (!found.length) continue;
      const others = othersThan(ctx, self.name, found.reverse());
      return others.length ? [self, ...others] : null;
    }
  }
  return null;
}
