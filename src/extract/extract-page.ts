import { parseHTML } from 'linkedom';
import type { Diagnostic, Segment, SegmentKind } from '../types.js';
import type { DomDocument } from './dom.js';
import { bylineAuthors, readMetadata } from './metadata.js';
import { readFurniture } from './page-furniture.js';
import { isProse, mainText } from './main-text.js';

/** An HTML page as analysable text: what `framelens extract` prints, one per page. */
export interface ExtractedPage {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  authors: string[];
  language: string | null;
  /** Headline, body paragraphs and the page's furniture, one paragraph per line pair. */
  text: string;
  /** Typed segments of `text` (UTF-16 offsets, end exclusive), in text order. */
  segments: Segment[];
  /** What the reader should know about the page: several articles, or none (no source: the caller's). */
  notes: Diagnostic[];
}

/** When the JSON-LD `articleBody` is this much longer than the text found, the page's own copy wins. */
const JSONLD_OVER_FOUND = 2;

/**
 * The article of an HTML page: headline, body and the site's furniture as typed segments, and its
 * metadata. Never throws: a page without an article gives an empty body.
 */
export function extractPage(html: string, opts: { id: string; url?: string }): ExtractedPage {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = readMetadata(document, opts.url);
  const furniture = readFurniture(document);
  const headline = pageHeadline(document, meta.title);
  const main = mainText(document); // rewrites the document: read everything else first
  let body = main.body;
  const ldBody = meta.articleBody;
  const found = body.reduce((n, p) => n + p.text.length, 0);
  if (ldBody && ldBody.length > JSONLD_OVER_FOUND * found) {
    body = ldBody
      .split(/\s*\n\s*/)
      .filter((p) => p.trim())
      .map((text) => ({ kind: 'body', text }));
  }

  const parts: Array<{ kind: SegmentKind; text: string }> = [];
  const title = headline ?? main.title ?? meta.title;
  if (title) parts.push({ kind: 'headline', text: title });
  if (main.byline) parts.push({ kind: 'signoff', text: main.byline });
  for (const p of body) if (!title || !sameWords(p.text, title)) parts.push(p);
  for (const h of furniture.related) parts.push({ kind: 'related-headlines', text: h });
  for (const h of furniture.siteHeadlines) parts.push({ kind: 'site-headlines', text: h });
  if (furniture.licence) parts.push({ kind: 'licence-footer', text: furniture.licence });
  const { text, segments } = layOut(parts);
  const notes: Diagnostic[] = [];
  if (main.articles > 1) {
    notes.push({ severity: 'warning', code: 'several-articles', message: `the page holds ${main.articles} articles side by side (<article> elements with paragraphs of their own); all are read, in page order, as one text` });
  }
  if (body.length > 0 && !body.some((p) => p.kind === 'body' && isProse(p.text))) {
    notes.push({ severity: 'warning', code: 'no-article-body', message: 'no article found in the page: no paragraph of its text reads as a sentence (a home page, a list of links or a form?)' });
  }
  return {
    id: opts.id,
    url: meta.url,
    outlet: meta.outlet,
    title,
    published: meta.published,
    // a byline shown only in the page's text names the authors when its metadata does not
    authors: meta.authors.length > 0 || !main.byline ? meta.authors : bylineAuthors(main.byline),
    language: meta.language,
    text,
    segments,
    notes,
  };
}

/** Paragraphs joined by blank lines; neighbours of one kind make one segment (headlines stay apart). */
function layOut(parts: Array<{ kind: SegmentKind; text: string }>): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  const chunks: string[] = [];
  let at = 0;
  for (const p of parts) {
    const t = p.text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (chunks.length > 0) {
      chunks.push('\n\n');
      at += 2;
    }
    const prev = segments[segments.length - 1];
    if (prev && prev.kind === p.kind && p.kind !== 'headline') prev.end = at + t.length;
    else segments.push({ kind: p.kind, start: at, end: at + t.length });
    chunks.push(t);
    at += t.length;
  }
  return { text: chunks.join(''), segments };
}

/** The page's `<h1>` when it is the article's title (it shares most words with the meta title), else null. */
function pageHeadline(doc: DomDocument, metaTitle: string | null): string | null {
  const h1s = doc.querySelectorAll('h1');
  const want = words(metaTitle ?? '');
  for (let i = 0; i < h1s.length; i++) {
    const t = (h1s[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t || t.length > 300) continue;
    if (want.size === 0) return t;
    const have = words(t);
    let shared = 0;
    for (const w of have) if (want.has(w)) shared++;
    if (shared >= Math.min(have.size, want.size) * 0.6) return t;
  }
  return null;
}

/**
 * The headline repeated: the article element often holds the `<h1>` the headline was read from, so
 * a paragraph with the headline's words, in order, is that copy (its words would count twice).
 */
function sameWords(a: string, b: string): boolean {
  const wa = a.toLowerCase().match(WORD) ?? [];
  const wb = b.toLowerCase().match(WORD) ?? [];
  return wa.length > 0 && wa.join(' ') === wb.join(' ');
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string): Set<string> => new Set(s.toLowerCase().match(WORD) ?? []);
