// Definite descriptions that point back at a person the article described beside the name
// (`billionaire Tom Kell … the billionaire left`): a mention of the person an earlier description
// fits in all its words, the one mentioned last if two do. One no earlier description fits stays
// unresolved, and so does one after a copula (`became the nominee`), in an appositive, before `of`
// or before a compound noun (`the candidate forum`).
import type { Description, Mention } from '../types.js';
import { firstStartingAt } from '../spans.js';
import { DEMONYMS, TITLES } from '../quotes/words.js';
import { endsSentence, IS_WORD, isModifier, isPersonHead, joined, norm, OFFICES, PARTY_HEADS, POSSESSIVE, TokenReader, UPPER_FIRST, WORD } from './description-words.js';

type Draft = Omit<Mention, 'segment'>;

/** Earlier descriptions weighed for each definite description. */
const CANDIDATES = 16;

/** Nouns that make a noun for a person before them a modifier (`the candidate forum`). */
const COMPOUND_NOUNS = new Set('forum debate debates race field pool list selection search office position job post seat slot committee program programme status level spot pick picks vote votes nomination hearing hearings'.split(' '));
/** A copula or a verb of naming right before `the`. */
const PREDICATE_BEFORE = /(?<![\p{L}\p{N}])(?:is|are|was|were|be|been|being|became|become|becomes|remains|remained|as|named|elected|appointed)[ \t\u00a0]+$/iu;
/** A comma right before `the`. */
const APPOSITION_BEFORE = /,[ \t\u00a0]+$/;
const FIRST_WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/uy;
const THE = /(?<![\p{L}\p{N}])[Tt]he[ \t\u00a0]+/gu;

interface Introduction {
  start: number;
  actor: string;
  words: Set<string>;
}

/** The definite descriptions of `text` that point back at one of `descriptions` (sorted by
 *  start), as description mentions; `drafts` are the stage's mentions so far. */
export function resolveDescriptions(text: string, drafts: readonly Draft[], people: ReadonlySet<string>, descriptions: readonly Omit<Description, 'segment' | 'voice'>[]): Draft[] {
  const references: Draft[] = [];
  if (!descriptions.length) return references;
  const intros: Introduction[] = descriptions.map((d) => ({ start: d.start, actor: d.actor, words: new Set((d.text.match(WORD) ?? []).map(norm)) }));
  const byWord = new Map<string, Introduction[]>();
  for (const intro of intros) for (const w of intro.words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(intro);
  // Where a mention of anyone ends (a name the article never describes included).
  const ends = new Set(drafts.map((d) => d.end));
  const lastSeen = new Map<string, number>();
  let n = 0;
  const mentioned = drafts.filter((d) => people.has(d.actor)).sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(THE)) {
    const from = m.index + m[0].length;
    // Most `the`s open no description of a person (`the bill`): its first word decides.
    FIRST_WORD.lastIndex = from;
    const first = FIRST_WORD.exec(text);
    if (!first || !(isPersonHead(first[0]) || isModifier(first[0]))) continue;
    const toks = new TokenReader(text, from, Math.min(text.length, from + 80));
    // `the` + up to three modifiers + a head (and any heads after it: `the billionaire businessman`).
    let h = -1;
    let firstHead = -1;
    for (let k = 0; k < 4; k++) {
      const tok = toks.get(k);
      if (!tok || (k > 0 && !joined(text, toks.get(k - 1)!, tok))) break;
      const w = tok.text;
      if (!IS_WORD.test(w)) break;
      // (`the Republican presidential nominee’s boasts`: a possessive head ends the description.)
      // (A capitalised head is a title, `the President`; else a name's word, `The Toronto Star`.)
      if (isPersonHead(w) && !PARTY_HEADS.has(norm(w)) && !DEMONYMS.has(norm(w)) && (!UPPER_FIRST.test(w) || TITLES.has(norm(w)))) {
        h = firstHead = k;
        for (let after = toks.get(h + 1); after && !POSSESSIVE.test(toks.get(h)!.text) && joined(text, toks.get(h)!, after) && isPersonHead(after.text); after = toks.get(h + 1)) h++;
        break;
      }
      if (POSSESSIVE.test(w) || !isModifier(w)) break;
    }
    if (h < 0) continue;
    // `since Trump became the presumptive nominee`: a predicate noun says what someone is, not who.
    if (PREDICATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // `Riley Seibenhener, the party chairman`: an appositive describes the name before it.
    const comma = APPOSITION_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    if (comma && ends.has(m.index - comma[0].length)) continue;
    const last = toks.get(h)!;
    const next = POSSESSIVE.test(last.text) ? undefined : toks.get(h + 1);
    // A name after it makes it the name's own description; a noun after it makes the head a
    // modifier (`the candidate forum`).
    if (next && joined(text, last, next) && (UPPER_FIRST.test(next.text) || COMPOUND_NOUNS.has(next.text))) continue;
    // `the chief executive officer of Angie’s List`: someone described by what follows.
    if (next?.text === 'of') continue;
    while (n < mentioned.length && mentioned[n].start < m.index) lastSeen.set(mentioned[n].actor, mentioned[n++].start);
    const words: string[] = [];
    for (let k = 0; k <= h; k++) words.push(norm(toks.get(k)!.text));
    // (`the billionaire businessman`: the first head word is the one looked up.)
    const head = words[firstHead];
    let best: { actor: string; seen: number } | null = null;
    const withHead = byWord.get(head) ?? [];
    // (The last few descriptions with this head before it: a bound, so a text of many is linear.)
    const upTo = firstStartingAt(withHead, m.index);
    for (let k = Math.max(0, upTo - CANDIDATES); k < upTo; k++) {
      const intro = withHead[k];
      // Every word must fit: `the British ambassador` is not the ambassador described before.
      if (!words.every((w) => intro.words.has(w))) continue;
      const seen = lastSeen.get(intro.actor) ?? -1;
      if (!best || seen > best.seen) best = { actor: intro.actor, seen };
    }
    if (!best) continue;
    const end = last.end - (POSSESSIVE.test(last.text) ? 2 : endsSentence(last.text) ? 1 : 0);
    const isLabel = h > 0 || !OFFICES.has(head);
    references.push({ start: from, end, text: text.slice(from, end), actor: best.actor, resolvedBy: 'description', isLabel });
  }
  return references;
}
