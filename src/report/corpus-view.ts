// What the compare tables, the report and the worksheet show, accumulated one article at a time
// (only counts and a few evidence sentences are kept, so any number of articles fits in memory).
import { accumulateProfile, compareOutlets, emptyProfile, profileArticle, type Comparison, type CorpusProfile } from '../aggregate/index.js';
import { SPEECH_KINDS, type ActorRef, type ArticleResult, type LexiconSet, type Quote, type VoiceKind } from '../types.js';

const EVIDENCE_PER_CELL = 3;

export interface Evidence {
  article: string;
  /** The words themselves, verbatim. */
  text: string;
  sentence: string;
}

export interface Tally {
  /** Verbatim text (first spelling seen) → count; keys folded for case and apostrophes. */
  counts: Map<string, { text: string; n: number }>;
}

export interface ActorCell {
  mentions: number;
  labels: Tally;
  labelEvidence: Evidence[];
  loaded: Record<VoiceKind, Tally>;
  loadedEvidence: Evidence[];
  /** Direct and partial quotes whose speaker is this actor (or one of its people). */
  quotedBy: number;
  verbs: Tally;
  sentiment: { sum: number; sumSq: number; n: number };
}

export interface QuoteLedgerRow {
  article: string;
  outlet: string;
  speaker: string;
  role: string;
  anonymous: boolean;
  /** The speaker's side: the actor or state the speaker belongs to, or `anonymous` / `unattributed`. */
  side: string;
  verb: string;
  lemma: string;
  kind: string;
  quote: string;
}

export interface LoadedUse {
  entry: string;
  category: string;
  byOutlet: Map<string, { narrator: number; quote: number; reported: number }>;
  evidence: (Evidence & { outlet: string; voice: string; about: string | null })[];
}

export interface ArticleInfo {
  id: string;
  outlet: string;
  published?: string;
  title?: string;
  wire: string | null;
  length: number;
  quotes: number;
  diagnostics: number;
}

export interface CorpusView {
  articles: ArticleInfo[];
  outlets: string[];
  actorInfo: Map<string, ActorRef>;
  /** actor id → outlet → cell */
  cells: Map<string, Map<string, ActorCell>>;
  ledger: QuoteLedgerRow[];
  loaded: Map<string, LoadedUse>;
  /** outlet → side → quotes */
  voiceShare: Map<string, Map<string, number>>;
  anonymous: Map<string, QuoteLedgerRow[]>;
  /** The aggregate stage's profile, merged article by article (for the outlet comparison). */
  profile: CorpusProfile;
}

export const UNKNOWN_OUTLET = 'outlet unknown';

const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export function tallyAdd(t: Tally, text: string, n = 1): void {
  const key = fold(text);
  const cur = t.counts.get(key);
  if (cur) cur.n += n;
  else t.counts.set(key, { text, n });
}

export function tallyList(t: Tally): { text: string; n: number }[] {
  return [...t.counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text));
}

const newTally = (): Tally => ({ counts: new Map() });

function newCell(): ActorCell {
  return {
    mentions: 0,
    labels: newTally(),
    labelEvidence: [],
    loaded: { narrator: newTally(), quote: newTally(), reported: newTally() },
    loadedEvidence: [],
    quotedBy: 0,
    verbs: newTally(),
    sentiment: { sum: 0, sumSq: 0, n: 0 },
  };
}

export function emptyView(): CorpusView {
  return { articles: [], outlets: [], actorInfo: new Map(), cells: new Map(), ledger: [], loaded: new Map(), voiceShare: new Map(), anonymous: new Map(), profile: emptyProfile() };
}

/** The sentence around [start, end): from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]) && start - s < 400) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !(/[.!?]/.test(text[e]) && /\s|$/.test(text[e + 1] ?? '')) && e - end < 400) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}

function speakerActor(q: Quote, r: ArticleResult): ActorRef | undefined {
  const s = q.speaker;
  if (!s) return undefined;
  const byName = r.actors.find((a) => a.name === s.name);
  if (byName) return byName;
  const m = r.mentions.find((m) => m.start < s.end && s.start < m.end && r.actors.find((a) => a.id === m.actor)?.kind === 'person');
  return m ? r.actors.find((a) => a.id === m.actor) : undefined;
}

function cellOf(view: CorpusView, actor: string, outlet: string): ActorCell {
  let byOutlet = view.cells.get(actor);
  if (!byOutlet) view.cells.set(actor, (byOutlet = new Map()));
  let cell = byOutlet.get(outlet);
  if (!cell) byOutlet.set(outlet, (cell = newCell()));
  return cell;
}

export function addArticle(view: CorpusView, r: ArticleResult, text: string, lexicons: LexiconSet): void {
  const outlet = r.outlet ?? UNKNOWN_OUTLET;
  if (!view.outlets.includes(outlet)) view.outlets.push(outlet);
  view.articles.push({
    id: r.id,
    outlet,
    published: r.published,
    title: r.title,
    wire: r.wire,
    length: r.length,
    quotes: r.quotes.filter((q) => SPEECH_KINDS.has(q.kind)).length,
    diagnostics: r.diagnostics.length,
  });
  accumulateProfile(view.profile, profileArticle(r, { text }));
  for (const a of r.actors) if (!view.actorInfo.has(a.id)) view.actorInfo.set(a.id, a);
  const registryName = new Map(lexicons.actors.map((a) => [a.id, a.name]));
  const sideName = (id: string) => registryName.get(id) ?? view.actorInfo.get(id)?.name ?? id;

  for (const m of r.mentions) {
    const cell = cellOf(view, m.actor, outlet);
    cell.mentions++;
    if (m.isLabel) {
      tallyAdd(cell.labels, m.text);
      if (cell.labelEvidence.length < EVIDENCE_PER_CELL) cell.labelEvidence.push({ article: r.id, text: m.text, sentence: sentenceAround(text, m.start, m.end) });
    }
  }
  for (const f of r.framing) {
    const sentence = text.slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' ').trim() || sentenceAround(text, f.start, f.end);
    if (f.actor) {
      const cell = cellOf(view, f.actor, outlet);
      tallyAdd(cell.loaded[f.voice.kind], f.text);
      if (cell.loadedEvidence.length < EVIDENCE_PER_CELL) cell.loadedEvidence.push({ article: r.id, text: f.text, sentence });
    }
    let use = view.loaded.get(f.entry);
    if (!use) view.loaded.set(f.entry, (use = { entry: f.entry, category: f.category, byOutlet: new Map(), evidence: [] }));
    const counts = use.byOutlet.get(outlet) ?? { narrator: 0, quote: 0, reported: 0 };
    counts[f.voice.kind]++;
    use.byOutlet.set(outlet, counts);
    if (use.evidence.length < EVIDENCE_PER_CELL) {
      const voice = f.voice.kind === 'narrator' ? 'narrator' : `${f.voice.kind}: ${f.voice.speaker?.name ?? 'unknown'}`;
      use.evidence.push({ article: r.id, outlet, text: f.text, sentence, voice, about: f.actor ? sideName(f.actor) : null });
    }
  }
  for (const s of r.sentiment) {
    if (s.voice.kind !== 'narrator') continue; // the outlet's own tone; quoted tone is the speaker's
    const c = cellOf(view, s.actor, outlet).sentiment;
    c.sum += s.comparative;
    c.sumSq += s.comparative * s.comparative;
    c.n++;
  }
  for (const q of r.quotes) {
    if (!SPEECH_KINDS.has(q.kind)) continue;
    const actor = speakerActor(q, r);
    const side = q.speaker?.anonymous ? 'anonymous' : actor ? sideName(actor.affiliation ?? actor.id) : q.speaker ? 'unaffiliated' : 'unattributed';
    const row: QuoteLedgerRow = {
      article: r.id,
      outlet,
      speaker: q.speaker?.name ?? 'unattributed',
      role: q.speaker?.role ?? actor?.role ?? '',
      anonymous: q.speaker?.anonymous ?? false,
      side,
      verb: q.cue?.text ?? '',
      lemma: q.cue?.lemma ?? '',
      kind: q.kind,
      quote: q.text,
    };
    view.ledger.push(row);
    const share = view.voiceShare.get(outlet) ?? new Map<string, number>();
    share.set(side, (share.get(side) ?? 0) + 1);
    view.voiceShare.set(outlet, share);
    if (row.anonymous) view.anonymous.set(outlet, [...(view.anonymous.get(outlet) ?? []), row]);
    if (actor) {
      const cell = cellOf(view, actor.id, outlet);
      cell.quotedBy++;
      if (row.lemma) tallyAdd(cell.verbs, row.lemma);
    }
  }
}

/** Actors mentioned in the most outlets, then most often: the ones worth a side-by-side table. */
export function mainActors(view: CorpusView, limit = 6): string[] {
  return [...view.cells]
    .map(([id, byOutlet]) => ({ id, outlets: byOutlet.size, mentions: [...byOutlet.values()].reduce((a, c) => a + c.mentions, 0) }))
    .filter((a) => a.mentions > 0 && view.actorInfo.get(a.id)?.kind !== 'media-outlet')
    .sort((a, b) => b.outlets - a.outlets || b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((a) => a.id);
}

/** The main actors plus every actor some outlet names with a label (ISIL as `Takfiri terrorists`). */
export function actorsToShow(view: CorpusView, main = 6): string[] {
  const labelled = [...view.cells].filter(([, byOutlet]) => [...byOutlet.values()].some((c) => c.labels.counts.size)).map(([id]) => id);
  return [...new Set([...mainActors(view, main), ...labelled])];
}

export function meanSd(s: { sum: number; sumSq: number; n: number }): { mean: number; sd: number; n: number } {
  if (s.n === 0) return { mean: 0, sd: 0, n: 0 };
  const mean = s.sum / s.n;
  return { mean, sd: Math.sqrt(Math.max(0, s.sumSq / s.n - mean * mean)), n: s.n };
}

/** The aggregate stage's outlet × actor comparison (with distinctive words) for this corpus. */
export function comparisonOf(view: CorpusView, lexicons: LexiconSet): Comparison {
  return compareOutlets(view.profile, { attribution: lexicons.attribution, top: 12, minCount: 2 });
}
