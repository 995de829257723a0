// Scores predicted quotes against gold, following ../shared/eval/README.md: quotes of the speech
// kinds (direct, partial) match one-to-one, best overlap first, when their trimmed spans overlap
// with Jaccard ≥ 0.5 (and "strict" when the trimmed spans are identical); a speaker is right when
// its mention overlaps the gold mention or its name carries the gold speaker's surname. "Who, by
// name" (nameAcc) asks more: a pronoun is right only when its resolved name is the pronoun's
// antecedent (the gold's silver one, judged where that is a proper name). Each miss carries a
// cause, so the misses can be counted by what went wrong.
import type { Quote } from '../types.js';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind?: string;
  type?: string;
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  optional?: boolean;
  speakerIsPronoun?: boolean;
  cue?: string | null;
  speakerCorefSilver?: { text?: string; nearestProperAntecedent?: { text?: string } };
}

export interface GoldArticle {
  id: string;
  text: string;
  outlet: string;
  quotes: GoldQuote[];
}

export type MissType = 'FN' | 'FP' | 'SPEAKER' | 'NAME';

export interface Miss {
  id: string;
  type: MissType;
  /** What went wrong, for counting: `cue not in lexicon`, `pronoun resolved to someone else`, … */
  cause: string;
  text: string;
  gold?: string | null;
  got?: string | null;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  strict: number;
  withSpeaker: number;
  speakerOk: number;
  endToEnd: number;
  /** Gold speakers that can be judged by name, and those right by name. */
  nameJudged: number;
  nameOk: number;
}

export interface QuoteScore {
  total: Tally;
  byOutlet: Record<string, Tally>;
  byKind: Record<string, Tally>;
  misses: Miss[];
}

const EDGE = /^[\s,.;:!?…'"“”‘’()[\]—–-]+|[\s,.;:!?…'"“”‘’()[\]—–-]+$/g;
const LEAD = /^[\s,.;:!?…'"“”‘’()[\]—–-]+/;
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'president', 'gen', 'general', 'rep', 'gov', 'prof', 'sir', 'ayatollah', 'sheikh', 'lord', 'jr', 'sr', 'ii', 'iii']);
const PRONOUNS = new Set(['he', 'she', 'they', 'who', 'it', 'we', 'i', 'him', 'her', 'them']);
// Words that never make two speakers the same person ("the senator" vs "The New York Times").
const NOT_NAMES = new Set(['the', 'a', 'an', 'of', 'and', 'who', 'which', 'that', 'his', 'her', 'their', 'its', 'this', 'these', 'those']);

const emptyTally = (): Tally => ({ gold: 0, predicted: 0, matched: 0, strict: 0, withSpeaker: 0, speakerOk: 0, endToEnd: 0, nameJudged: 0, nameOk: 0 });

function trimmed(text: string, s: number, e: number): [number, number] {
  const raw = text.slice(s, e);
  const lead = raw.length - raw.replace(LEAD, '').length;
  return [s + lead, s + lead + raw.replace(EDGE, '').length];
}

function jaccard([a, b]: [number, number], [c, d]: [number, number]): number {
  const inter = Math.max(0, Math.min(b, d) - Math.max(a, c));
  const union = Math.max(b, d) - Math.min(a, c);
  return union > 0 ? inter / union : 0;
}

function nameTokens(name: string | null | undefined): string[] {
  return String(name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !HONORIFICS.has(t) && !NOT_NAMES.has(t));
}

function sameSpeaker(gold: string, predicted: string): boolean {
  const g = nameTokens(gold), p = nameTokens(predicted);
  if (!g.length || !p.length) return false;
  const gLast = g[g.length - 1], pLast = p[p.length - 1];
  return p.includes(gLast) || (g.includes(pLast) && pLast.length > 2 && !['he', 'she', 'they'].includes(pLast));
}

export function speakerMatches(gold: GoldQuote, speaker: Quote['speaker']): boolean {
  if (!speaker) return false;
  const { speakerStart: gs, speakerEnd: ge } = gold;
  if (Number.isInteger(gs) && Number.isInteger(ge) && Math.min(ge!, speaker.end) > Math.max(gs!, speaker.start)) return true;
  const names = [gold.speaker, gold.speakerCorefSilver?.text, gold.speakerCorefSilver?.nearestProperAntecedent?.text];
  return names.some((g) => g && !PRONOUNS.has(g.toLowerCase()) && sameSpeaker(g, speaker.name));
}

/** Who, by name: null when the gold speaker cannot be judged so (a pronoun whose antecedent is
 * no proper name). A bare pronoun as the predicted name is never right. */
export function nameMatches(gold: GoldQuote, speaker: Quote['speaker']): boolean | null {
  const bare = (name: string | undefined) => !name || PRONOUNS.has(name.toLowerCase());
  if (gold.speakerIsPronoun) {
    const silver = gold.speakerCorefSilver;
    const proper = silver?.nearestProperAntecedent?.text ?? (/^\p{Lu}/u.test(silver?.text ?? '') ? silver!.text! : null);
    if (!proper || PRONOUNS.has(proper.toLowerCase())) return null;
    if (!speaker || bare(speaker.name)) return false;
    return sameSpeaker(proper, speaker.name) || (silver?.text ? sameSpeaker(silver.text, speaker.name) : false);
  }
  if (speaker && bare(speaker.name)) return false;
  return speakerMatches(gold, speaker);
}

/** Why a matched quote's speaker is wrong. `knownCue` tells whether a cue word is in the lexicon. */
function speakerCause(gold: GoldQuote, speaker: Quote['speaker'], knownCue: (word: string) => boolean): string {
  if (!speaker) return 'no speaker found';
  if (gold.speakerIsPronoun) return 'pronoun in gold, another mention chosen';
  const cueWords = (gold.cue ?? '').toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  if (cueWords.length && !cueWords.some(knownCue)) return 'cue not in lexicon';
  if (PRONOUNS.has(speaker.name.toLowerCase())) return 'bare pronoun';
  return 'speaker phrase mis-parsed';
}

const kindOf = (q: { kind?: string; type?: string }) => q.kind ?? q.type ?? 'direct';

/** One scored piece per stretch between quotation marks. */
function pieces(quotes: Quote[], speech: Set<string>): Quote[] {
  return quotes.filter((q) => speech.has(q.kind)).flatMap((q) => (q.contents.length ? q.contents.map((c) => ({ ...q, start: c.start, end: c.end })) : [q]));
}

export function scoreQuotes(articles: Iterable<{ gold: GoldArticle; quotes: Quote[] }>, kinds: string[] = ['direct', 'partial'], knownCue: (word: string) => boolean = () => true): QuoteScore {
  const speech = new Set(kinds);
  const score: QuoteScore = { total: emptyTally(), byOutlet: {}, byKind: {}, misses: [] };
  const bump = (outlet: string, kind: string, field: keyof Tally) => {
    for (const t of [score.total, (score.byOutlet[outlet] ??= emptyTally()), (score.byKind[kind] ??= emptyTally())]) t[field]++;
  };
  for (const { gold, quotes } of articles) {
    const text = gold.text;
    const g = gold.quotes.map((q) => ({ q, span: trimmed(text, q.start, q.end) }));
    const p = pieces(quotes, speech).map((q) => ({ q, span: trimmed(text, q.start, q.end) }));
    const pairs: [number, number, number][] = [];
    g.forEach((a, i) => p.forEach((b, j) => {
      const o = jaccard(a.span, b.span);
      if (o >= 0.5) pairs.push([o, i, j]);
    }));
    pairs.sort((x, y) => y[0] - x[0]);
    const goldOf = new Map<number, number>(), predOf = new Map<number, number>();
    for (const [, i, j] of pairs) if (!predOf.has(i) && !goldOf.has(j)) { predOf.set(i, j); goldOf.set(j, i); }
    p.forEach((b, j) => {
      const i = goldOf.get(j);
      const gq = i === undefined ? undefined : g[i].q;
      if (gq?.optional) return;
      // A matched quote counts under its gold kind, so per-kind precision compares like with like.
      bump(gold.outlet, gq && speech.has(kindOf(gq)) ? kindOf(gq) : b.q.kind, 'predicted');
      const cause = (short: boolean) => (short ? 'short phrase taken as speech' : 'speech not in gold');
      const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
      if (!gq) score.misses.push({ id: gold.id, type: 'FP', cause: cause(words(text.slice(b.q.start, b.q.end)) <= 3), text: text.slice(b.q.start, b.q.end).slice(0, 80), got: b.q.speaker?.name ?? null });
      else if (!speech.has(kindOf(gq))) score.misses.push({ id: gold.id, type: 'FP', cause: `gold calls it ${kindOf(gq)}`, text: gq.text.slice(0, 80), gold: `(${kindOf(gq)})` });
    });
    g.forEach(({ q, span }, i) => {
      const kind = kindOf(q);
      if (!speech.has(kind) || q.optional) return;
      bump(gold.outlet, kind, 'gold');
      const j = predOf.get(i);
      if (j === undefined) {
        const other = quotes.find((x) => !speech.has(x.kind) && jaccard(trimmed(text, x.start, x.end), span) >= 0.5);
        score.misses.push({ id: gold.id, type: 'FN', cause: other ? `taken as ${other.kind}` : 'not found', text: q.text.slice(0, 80), gold: q.speaker ?? null });
        return;
      }
      const r = p[j];
      bump(gold.outlet, kind, 'matched');
      if (r.span[0] === span[0] && r.span[1] === span[1]) bump(gold.outlet, kind, 'strict');
      if (!q.speaker) {
        if (!r.q.speaker) bump(gold.outlet, kind, 'endToEnd');
        return;
      }
      bump(gold.outlet, kind, 'withSpeaker');
      const ok = speakerMatches(q, r.q.speaker);
      const byName = nameMatches(q, r.q.speaker);
      if (byName !== null) {
        bump(gold.outlet, kind, 'nameJudged');
        if (byName) bump(gold.outlet, kind, 'nameOk');
        else if (ok) {
          const bare = !r.q.speaker || PRONOUNS.has(r.q.speaker.name.toLowerCase());
          score.misses.push({ id: gold.id, type: 'NAME', cause: bare ? 'pronoun left unresolved' : 'pronoun resolved to someone else', text: q.text.slice(0, 60), gold: q.speakerCorefSilver?.nearestProperAntecedent?.text ?? q.speakerCorefSilver?.text ?? q.speaker, got: r.q.speaker?.name ?? null });
        }
      }
      if (ok) {
        bump(gold.outlet, kind, 'speakerOk');
        bump(gold.outlet, kind, 'endToEnd');
      } else score.misses.push({ id: gold.id, type: 'SPEAKER', cause: speakerCause(q, r.q.speaker, knownCue), text: q.text.slice(0, 60), gold: q.speaker, got: r.q.speaker?.name ?? null });
    });
  }
  return score;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  strictF1: number;
  speakerAccuracy: number | null;
  /** Who, by name (pronouns by their antecedent), over the speakers that can be judged so. */
  nameAccuracy: number | null;
  nameJudged: number;
  e2eF1: number;
  gold: number;
  predicted: number;
}

export function figures(t: Tally): Figures {
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const P = ratio(t.matched, t.predicted), R = ratio(t.matched, t.gold);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    precision: round(P),
    recall: round(R),
    f1: round(f1(P, R)),
    strictF1: round(f1(ratio(t.strict, t.predicted), ratio(t.strict, t.gold))),
    speakerAccuracy: t.withSpeaker ? round(t.speakerOk / t.withSpeaker) : null,
    nameAccuracy: t.nameJudged ? round(t.nameOk / t.nameJudged) : null,
    nameJudged: t.nameJudged,
    e2eF1: round(f1(ratio(t.endToEnd, t.predicted), ratio(t.endToEnd, t.gold))),
    gold: t.gold,
    predicted: t.predicted,
  };
}
