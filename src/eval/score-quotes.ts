// Scores predicted quotes against gold, following ../shared/eval/README.md: quotes of the speech
// kinds (direct, partial) match one-to-one, best overlap first, when their trimmed spans overlap
// with Jaccard ≥ 0.5 (and "strict" when the trimmed spans are identical); a speaker is right when
// its mention overlaps the gold mention or its name carries the gold speaker's surname.
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
  speakerCorefSilver?: { text?: string; nearestProperAntecedent?: { text?: string } };
}

export interface GoldArticle {
  id: string;
  text: string;
  outlet: string;
  quotes: GoldQuote[];
}

export interface Miss {
  id: string;
  type: 'FN' | 'FP' | 'SPEAKER';
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

const emptyTally = (): Tally => ({ gold: 0, predicted: 0, matched: 0, strict: 0, withSpeaker: 0, speakerOk: 0, endToEnd: 0 });

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
    .filter((t) => t && !HONORIFICS.has(t));
}

function sameSpeaker(gold: string, predicted: string): boolean {
  const g = nameTokens(gold), p = nameTokens(predicted);
  if (!g.length || !p.length) return false;
  const gLast = g[g.length - 1], pLast = p[p.length - 1];
  return p.includes(gLast) || (g.includes(pLast) && pLast.length > 2 && !PRONOUNS.has(pLast));
}

export function speakerMatches(gold: GoldQuote, speaker: Quote['speaker']): boolean {
  if (!speaker) return false;
  const { speakerStart: gs, speakerEnd: ge } = gold;
  if (Number.isInteger(gs) && Number.isInteger(ge) && Math.min(ge!, speaker.end) > Math.max(gs!, speaker.start)) return true;
  const names = [gold.speaker, gold.speakerCorefSilver?.text, gold.speakerCorefSilver?.nearestProperAntecedent?.text];
  return names.some((g) => g && !PRONOUNS.has(g.toLowerCase()) && sameSpeaker(g, speaker.name));
}

const kindOf = (q: { kind?: string; type?: string }) => q.kind ?? q.type ?? 'direct';

/** One scored piece per stretch between quotation marks. */
function pieces(quotes: Quote[], speech: Set<string>): Quote[] {
  return quotes.filter((q) => speech.has(q.kind)).flatMap((q) => (q.contents.length ? q.contents.map((c) => ({ ...q, start: c.start, end: c.end })) : [q]));
}

export function scoreQuotes(articles: Iterable<{ gold: GoldArticle; quotes: Quote[] }>, kinds: string[] = ['direct', 'partial']): QuoteScore {
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
      if (!gq) score.misses.push({ id: gold.id, type: 'FP', text: text.slice(b.q.start, b.q.end).slice(0, 80), got: b.q.speaker?.name ?? null });
      else if (!speech.has(kindOf(gq))) score.misses.push({ id: gold.id, type: 'FP', text: gq.text.slice(0, 80), gold: `(${kindOf(gq)})` });
    });
    g.forEach(({ q, span }, i) => {
      const kind = kindOf(q);
      if (!speech.has(kind) || q.optional) return;
      bump(gold.outlet, kind, 'gold');
      const j = predOf.get(i);
      if (j === undefined) {
        score.misses.push({ id: gold.id, type: 'FN', text: q.text.slice(0, 80), gold: q.speaker ?? null });
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
      if (speakerMatches(q, r.q.speaker)) {
        bump(gold.outlet, kind, 'speakerOk');
        bump(gold.outlet, kind, 'endToEnd');
      } else score.misses.push({ id: gold.id, type: 'SPEAKER', text: q.text.slice(0, 60), gold: q.speaker, got: r.q.speaker?.name ?? null });
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
    e2eF1: round(f1(ratio(t.endToEnd, t.predicted), ratio(t.endToEnd, t.gold))),
    gold: t.gold,
    predicted: t.predicted,
  };
}
