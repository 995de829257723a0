import type { Article, Segment, SegmentKind, Segmentation, Span } from '../types.js';
import { findParagraphs } from './paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { findDateline, type DatelineMatch } from './dateline.js';
import {
  dataDumpStart,
  headlinesHeading,
  isLicenceFooter,
  isNavigation,
  isTimestamp,
  looksLikeProse,
  signoffStart,
  wireCredit,
} from './furniture.js';
import { detectOutlet } from './detect-outlet.js';
import { wireOfAuthors } from './known-sources.js';

/** How many body paragraphs at the top are searched for a wire credit and a dateline. */
const LEAD_PARAGRAPHS = 3;
const HEADLINE_MAX = 200;
const DATELINE_REACH = 2000;
/** Reuters' house credit, `(Reporting by X; Editing by Y)`: the wire when no dateline names one. */
const REUTERS_CREDIT = /^\((?:Additional )?Reporting by [^;()]+;\s*(?:Writing|Editing) by /i;
/** `By Jane Roe` / `By JANE ROE and JOHN DOE`: a byline, not a headline. */
const BYLINE = /^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|al-\w+)){0,6}\s*$/;

interface Para {
  span: Span;
  kind: SegmentKind;
  /** Pieces of the paragraph with a kind of their own, sorted; the rest is `kind`. */
  pieces: Segment[];
}

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Split an article into typed segments, paragraphs and sentences, and read what the page says
 * about itself (outlet, wire, dateline, headline).
 *
 * Choices: a headline printed twice (the page title, then the article's) is `headline` the first
 * time and `headline-duplicate` the second, so its words count once; a deck (a second title-case
 * line) right after it is `headline` too. A lead printed twice (a teaser before the
 * dateline, then the story) has its FIRST copy marked `lead-duplicate`, so the body is the
 * dateline and the story that follows it, read once. See docs/segmentation.md.
 */
export function segmentArticle(article: Article): Segmentation {
  const text = article.text;
  const premade = article.segments;
  const paras: Para[] = findParagraphs(text).map((span) => ({ span, kind: 'body', pieces: [] }));

  let headline: Span | null;
  if (premade) headline = keepPremade(text, paras, premade);
  else {
    markWholeParagraphFurniture(paras, text.length);
    headline = markHeadline(text, paras, article.title);
  }
  const lead = markLead(text, paras);
  markRepeatedParagraphs(paras);
  const signoff = markSignoff(paras);

  const pieces = paras.flatMap((p) => fill(p));
  const sentences = pieces.flatMap((s) => splitSentences(text, s.start, s.end));
  const segments = mergeAdjacent(pieces);
  return {
    segments,
    paragraphs: paras.map((p) => p.span),
    sentences,
    detectedOutlet: detectOutlet(text, segments),
    wire: lead.wire ?? (signoff && REUTERS_CREDIT.test(signoff) ? 'Reuters' : null) ?? wireOfAuthors(article.authors ?? []),
    dateline: lead.dateline ? span(text, lead.dateline.start, lead.dateline.labelEnd) : null,
    headline,
  };
}

/** Paragraphs take the kind of the reader's segment they start in; the first headline is returned. */
function keepPremade(text: string, paras: Para[], premade: Segment[]): Span | null {
  let at = 0;
  for (const p of paras) {
    while (at + 1 < premade.length && premade[at]!.end <= p.span.start) at++;
    const seg = premade[at];
    if (seg && seg.start <= p.span.start && p.span.start < seg.end) p.kind = seg.kind;
  }
  const first = premade.find((s) => s.kind === 'headline');
  return first ? span(text, first.start, first.end) : null;
}

/**
 * Furniture that fills whole paragraphs (or a paragraph's tail): dumps, footers, timestamps,
 * headline lists. A list heading counts only once some prose has been read or in the second half
 * of the text: at the top, `TOP STORIES` is the heading of a newsletter's own content.
 */
function markWholeParagraphFurniture(paras: Para[], length: number): void {
  let block: SegmentKind | null = null;
  let proseSeen = false;
  for (const p of paras) {
    const t = p.span.text;
    const dump = dataDumpStart(t);
    if (dump === 0) {
      p.kind = 'data-dump';
      continue;
    }
    if (isLicenceFooter(t)) {
      p.kind = 'licence-footer';
      continue;
    }
    const heading = proseSeen || p.span.start > length / 2 ? headlinesHeading(t) : null;
    proseSeen ||= t.length > 150;
    if (heading?.inline) p.kind = heading.kind;
    else if (heading) block = heading.kind;
    else if (block && looksLikeProse(t)) block = null;
    if (block) p.kind = block;
    else if (p.kind === 'body' && isTimestamp(t)) p.kind = 'timestamp';
    if (dump > 0) p.pieces.push({ kind: 'data-dump', start: p.span.start + dump, end: p.span.end });
  }
}

const bodyParas = (paras: Para[]): Para[] => paras.filter((p) => p.kind === 'body' && p.pieces.length === 0);

/**
 * The first body paragraph (or the first two or three, when they spell the `title` field) is the
 * headline when the title field says so or it looks like one. When the next paragraph repeats it,
 * or is a deck, that is a headline too; when the first paragraph merely ends (or starts) with the
 * next one, the rest is a site name glued to it (`News On Iran & Its NeighboursIraq`).
 */
function markHeadline(text: string, paras: Para[], title: string | undefined): Span | null {
  const firstIdx = paras.findIndex((p) => p.kind === 'body'); // a timestamp may stand above the headline
  if (firstIdx < 0) return null;
  let firstAt = firstIdx;
  if (isNavigation(paras[firstAt]!.span.text)) {
    paras[firstAt]!.kind = 'site-header';
    firstAt = paras.findIndex((p, i) => i > firstIdx && p.kind === 'body');
    if (firstAt < 0) return null;
  }
  const first = paras[firstAt]!;
  const byTitle = title ? titleParagraphs(paras, firstAt, title) : 0;
  if (byTitle === 0 && !looksLikeHeadline(text, first, paras, firstAt)) return null;
  const lastAt = firstAt + Math.max(byTitle, 1) - 1;
  for (let i = firstAt; i <= lastAt; i++) paras[i]!.kind = 'headline';
  let headline = span(text, first.span.start, paras[lastAt]!.span.end);
  const repeat = paras.find((p, i) => i > lastAt && p.kind === 'body');
  if (!repeat || repeat.span.text.length > HEADLINE_MAX) return headline;
  const t = headline.text;
  const r = repeat.span.text;
  const a = normalize(t);
  const b = normalize(r);
  if (a === b) {
    repeat.kind = 'headline-duplicate';
  } else if (isDeck(text, repeat, paras)) {
    repeat.kind = 'headline';
  } else if (byTitle <= 1 && a.endsWith(b) && t.endsWith(r)) {
    const cut = first.span.end - r.length;
    first.kind = 'body';
    first.pieces.push({ kind: 'site-header', start: first.span.start, end: cut }, { kind: 'headline', start: cut, end: first.span.end });
    repeat.kind = 'headline-duplicate';
    headline = span(text, cut, first.span.end);
  } else if (byTitle <= 1 && a.startsWith(b) && t.startsWith(r)) {
    const cut = first.span.start + r.length;
    first.kind = 'body';
    first.pieces.push({ kind: 'headline', start: first.span.start, end: cut }, { kind: 'site-header', start: cut, end: first.span.end });
    repeat.kind = 'headline-duplicate';
    headline = span(text, first.span.start, cut);
  }
  return headline;
}

/** Short, with text after it, not a dateline, and either one sentence without a final period or in title case. */
function looksLikeHeadline(text: string, first: Para, paras: Para[], firstAt: number): boolean {
  const t = first.span.text;
  if (t.length > HEADLINE_MAX || !paras.some((p, i) => i > firstAt && p.kind === 'body')) return false;
  if (BYLINE.test(t) || findDateline(text, first.span.start, first.span.end, false)) return false;
  if (isTitleCase(t)) return true;
  return !/[.;,:]$/.test(t) && splitSentences(text, first.span.start, first.span.end).length === 1;
}

/** How many paragraphs from `from` spell the article's `title` field (a headline over two lines), or 0. */
function titleParagraphs(paras: Para[], from: number, title: string): number {
  const want = titleKey(title);
  let have = '';
  for (let i = from; i < Math.min(paras.length, from + 3); i++) {
    if (paras[i]!.kind !== 'body') return 0;
    have = titleKey(`${have} ${paras[i]!.span.text}`);
    if (have === want) return i - from + 1;
    if (want.length === 0 || !want.startsWith(`${have} `)) return 0;
  }
  return 0;
}

/**
 * A second, different headline right after the first (a deck or the print headline): short, in
 * title case, no final period, one sentence, with more text after it.
 */
function isDeck(text: string, p: Para, paras: Para[]): boolean {
  const t = p.span.text;
  return (
    t.length <= HEADLINE_MAX &&
    !/[.;,:!?]["'”’]*$/.test(t) &&
    isTitleCase(t) &&
    !findDateline(text, p.span.start, p.span.end, false) &&
    paras.indexOf(p) < paras.length - 1 &&
    splitSentences(text, p.span.start, p.span.end).length === 1
  );
}

/** Letters and digits only, for comparing a headline with the `title` field across punctuation and lines. */
const titleKey = (s: string): string => normalize(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Most longer words capitalised: `Paris Terror Attacks Highlight Threat Posed by NRA.` */
function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => w.length >= 4 && /^[A-Za-z]/.test(w));
  return words.length >= 2 && words.filter((w) => /^[A-Z]/.test(w)).length >= words.length * 0.6;
}

interface Lead {
  dateline: DatelineMatch | null;
  wire: string | null;
}

/**
 * Wire credit (`AFP:`, `(Reuters) —`) and dateline in the first body paragraphs. A dateline inside a paragraph
 * whose text before it is repeated right after it marks that first copy as `lead-duplicate`.
 */
function markLead(text: string, paras: Para[]): Lead {
  let wire: string | null = null;
  for (const p of bodyParas(paras).slice(0, LEAD_PARAGRAPHS)) {
    let from = p.span.start;
    const credit = wireCredit(p.span.text);
    if (credit) {
      wire ??= credit.wire;
      p.pieces.push({ kind: 'wire-credit', start: from, end: from + credit.length });
      from += credit.length;
      while (/\s/.test(text[from] ?? '')) from++;
    }
    // a dateline opens the story: look no further than its first lines
    const d = findDateline(text, from, Math.min(p.span.end, from + DATELINE_REACH), true);
    if (!d) continue;
    if (d.start > from) {
      const before = normalize(text.slice(from, d.start));
      const after = normalize(text.slice(d.end, Math.min(p.span.end, d.end + (d.start - from) * 2)));
      if (before.length > 0 && after.startsWith(before)) p.pieces.push({ kind: 'lead-duplicate', start: from, end: d.start });
    }
    p.pieces.push({ kind: 'dateline', start: d.start, end: d.end });
    return { dateline: d, wire: d.wire ?? wire };
  }
  return { dateline: null, wire };
}

/** A body paragraph printed twice in a row: the first copy is `lead-duplicate`. */
function markRepeatedParagraphs(paras: Para[]): void {
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i]!;
    const q = paras[i + 1]!;
    if (p.kind !== 'body' || q.kind !== 'body' || p.span.text.length < 40 || p.pieces.length > 0) continue;
    // white space may differ between the copies: cheap checks first, then compare normalised
    if (Math.abs(p.span.text.length - q.span.text.length) > p.span.text.length / 10 || p.span.text.slice(0, 8) !== q.span.text.slice(0, 8)) continue;
    if (normalize(p.span.text) === normalize(q.span.text)) p.kind = 'lead-duplicate';
  }
}

/** Editors' initials or a reporting credit closing the last body paragraph: its text, if any. */
function markSignoff(paras: Para[]): string | null {
  const last = [...paras].reverse().find((p) => p.kind === 'body');
  if (!last) return null;
  const tailFrom = Math.max(0, last.span.text.length - 300);
  const tail = last.span.text.slice(tailFrom);
  const at = signoffStart(tail);
  if (at < 0) return null;
  const start = last.span.start + tailFrom + at;
  const before = last.span.text.slice(0, tailFrom + at).trimEnd();
  if (before.length > 0 && !/[.!?"”’')]$/.test(before)) return null;
  if (last.pieces.some((s) => s.end > start)) return null;
  if (before.length === 0) last.kind = 'signoff';
  else last.pieces.push({ kind: 'signoff', start, end: last.span.end });
  return tail.slice(at);
}

/** The paragraph as segments: its own pieces, and its kind for the text between them. */
function fill(p: Para): Segment[] {
  const out: Segment[] = [];
  let at = p.span.start;
  const text = p.span.text;
  const base = p.span.start;
  const push = (kind: SegmentKind, start: number, end: number): void => {
    while (start < end && /\s/.test(text[start - base]!)) start++;
    while (end > start && /\s/.test(text[end - 1 - base]!)) end--;
    if (start < end) out.push({ kind, start, end });
  };
  for (const piece of [...p.pieces].sort((a, b) => a.start - b.start)) {
    push(p.kind, at, piece.start);
    push(piece.kind, piece.start, piece.end);
    at = piece.end;
  }
  push(p.kind, at, p.span.end);
  return out;
}

/** Join neighbours of the same kind (only white space lies between them); headlines stay apart. */
function mergeAdjacent(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === s.kind && s.kind !== 'headline') prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
