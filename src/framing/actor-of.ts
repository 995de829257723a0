// Which actor a loaded term describes: the label mention it is part of, the noun phrase it
// modifies (`hawkish US Republican Senator Lindsey Graham` → Graham, the head), the appositive it
// sits in (`Graham, the hawkish senator,`), else the nearest actor mentioned in its clause.
import type { Mention } from '../types.js';
import { firstStartingAt, spansWithin } from '../spans.js';

const NP_STOP = new Set(
  'the a an of in on at to for with by from against into over under about after before between through during without within toward towards across among including despite amid like and or but that which who whom whose is are was were be been has have had will would can could may might should as than its their his her our your this these those it they he she we not no said says told'.split(' '),
);
const CLAUSE_BREAK = /[,;:.!?()—–\n]/;
const QUOTE_MARKS = /[“”"‘’']/g;
const MAX_NP_WORDS = 5;
// How far (in characters) a following mention in the clause is preferred to an earlier one.
const FOLLOWING_REACH = 60;

function clauseAround(text: string, start: number, end: number, sentence: { start: number; end: number }): { start: number; end: number } {
  let s = start;
  while (s > sentence.start && !CLAUSE_BREAK.test(text[s - 1])) s--;
  let e = end;
  while (e < sentence.end && !CLAUSE_BREAK.test(text[e])) e++;
  return { start: s, end: e };
}

/** Words between a and b are all modifiers (no function word, no punctuation). */
function onlyModifiers(gap: string): boolean {
  if (CLAUSE_BREAK.test(gap)) return false;
  const words = gap.replace(QUOTE_MARKS, ' ').split(/\s+/).filter(Boolean);
  return words.length <= MAX_NP_WORDS && words.every((w) => !NP_STOP.has(w.toLowerCase()));
}

/**
 * The actor mention a term modifies: the run of mentions after it separated only by modifiers
 * (`hawkish US Republican Senator Lindsey Graham`), whose last one is the head. Sorted mentions.
 */
export function modifiedMention(text: string, hit: { start: number; end: number }, mentions: Mention[]): Mention | null {
  let head: Mention | null = null;
  let cursor = hit.end;
  for (let i = firstStartingAt(mentions, hit.end); i < mentions.length; i++) {
    const m = mentions[i];
    if (!onlyModifiers(text.slice(cursor, m.start))) break;
    head = m;
    cursor = m.end;
  }
  return head;
}

/** `mentions` must be sorted by start. */
export function actorOf(text: string, hit: { start: number; end: number }, mentions: Mention[], sentence: { start: number; end: number }): string | null {
  const inSentence = spansWithin(mentions, sentence.start, sentence.end);
  const containing = inSentence.find((m) => m.start <= hit.start && hit.end <= m.end);
  if (containing) return containing.actor;

  const head = modifiedMention(text, hit, inSentence);
  if (head) return head.actor;

  // A possessor right before it: `the West’s “psychological warfare”`.
  const owner = inSentence.filter((m) => m.end <= hit.start).pop();
  if (owner && /^['’]s?\s*(?:[“"‘]\s*)?(?:\p{L}+\s+){0,2}[“"‘]?$/u.test(text.slice(owner.end, hit.start))) return owner.actor;

  // An appositive: `<mention>, the … <hit> …,`
  const clause = clauseAround(text, hit.start, hit.end, sentence);
  if (text[clause.start - 1] === ',' && /^\s*(?:the|a|an|who|which)\s/i.test(text.slice(clause.start, hit.start + 1))) {
    const before = inSentence.filter((m) => m.end <= clause.start - 1 && /^\s*$/.test(text.slice(m.end, clause.start - 1)));
    if (before.length) return before[before.length - 1].actor;
  }

  // In its clause: the next mention if it comes soon after, else the nearest before, else any after.
  const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const after = inClause.find((m) => m.start >= hit.end);
  if (after && after.start - hit.end <= FOLLOWING_REACH) return after.actor;
  const before = inClause.filter((m) => m.end <= hit.start).pop();
  return before?.actor ?? after?.actor ?? null;
}
