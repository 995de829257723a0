// Which actor a loaded term describes: the label mention it is part of, the noun phrase it
// modifies (`hawkish US Republican Senator Lindsey Graham` → Graham, the head), the appositive it
// sits in (`Graham, the hawkish senator,`), else the nearest actor mentioned in its clause.
import type { Mention } from '../types.js';

const NP_STOP = new Set(
  'the a an of in on at to for with by from and or but that which who whom whose is are was were be been has have had will would can could may might should as than its their his her our your this these those it they he she we not no said says told'.split(' '),
);
const CLAUSE_BREAK = /[,;:.!?()“”"—–\n]/;
const MAX_NP_WORDS = 5;

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
  const words = gap.split(/\s+/).filter(Boolean);
  return words.length <= MAX_NP_WORDS && words.every((w) => !NP_STOP.has(w.toLowerCase()));
}

export function actorOf(text: string, hit: { start: number; end: number }, mentions: Mention[], sentence: { start: number; end: number }): string | null {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const containing = inSentence.find((m) => m.start <= hit.start && hit.end <= m.end);
  if (containing) return containing.actor;

  // The noun phrase that follows: a run of mentions separated only by modifiers; its last one is the head.
  let head: Mention | null = null;
  let cursor = hit.end;
  for (const m of inSentence) {
    if (m.start < cursor) continue;
    if (!onlyModifiers(text.slice(cursor, m.start))) break;
    head = m;
    cursor = m.end;
  }
  if (head) return head.actor;

  // An appositive: `<mention>, the … <hit> …,`
  const clause = clauseAround(text, hit.start, hit.end, sentence);
  if (text[clause.start - 1] === ',' && /^\s*(?:the|a|an|who|which)\s/i.test(text.slice(clause.start, hit.start + 1))) {
    const before = inSentence.filter((m) => m.end <= clause.start - 1 && /^\s*$/.test(text.slice(m.end, clause.start - 1)));
    if (before.length) return before[before.length - 1].actor;
  }

  // Nearest in the clause, a following mention winning a tie.
  let best: Mention | null = null;
  let bestDist = Infinity;
  for (const m of inSentence) {
    if (m.start < clause.start || m.end > clause.end) continue;
    const dist = m.start >= hit.end ? m.start - hit.end : hit.start - m.end + 0.5;
    if (dist < bestDist) [best, bestDist] = [m, dist];
  }
  return best?.actor ?? null;
}
