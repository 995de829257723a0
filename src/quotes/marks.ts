// Finds quoted stretches: pairs opening and closing marks of the double family (“ ” " „ `` ''
// « »), then single quotes (‘ ’ ') outside them. An opening mark left open at a paragraph's end
// continues when the next paragraph opens with a mark (the news convention for multi-paragraph
// quotes); any other unbalanced mark is reported and skipped, never derailing the rest.
import type { Diagnostic, Span } from '../types.js';

export interface QuotedStretch {
  open: { start: number; end: number };
  /** null when the stretch runs to the paragraph's end and continues in the next one. */
  close: { start: number; end: number } | null;
  content: { start: number; end: number };
  family: 'double' | 'single';
  paragraph: number;
}

type Dir = 'open' | 'close' | 'either';
interface Mark { start: number; end: number; dir: Dir }

const DOUBLE_RE = /``|''|[“”"„«»]/g;
const OPENERS = new Set(['“', '„', '``', '«']);
const CLOSERS = new Set(['”', '»']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:]/;

function ambiguousDir(text: string, start: number, end: number): Dir {
  const prev = start > 0 ? text[start - 1] : undefined;
  const next = text[end];
  const openish = (prev === undefined || OPEN_BEFORE.test(prev)) && !isSpace(next);
  const closeish = !isSpace(prev) && (next === undefined || /[\s.,;:!?)\]}\u2014\u2013\-]/.test(next));
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  return 'either';
}

function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  DOUBLE_RE.lastIndex = from;
  for (let m = DOUBLE_RE.exec(text); m && m.index < to; m = DOUBLE_RE.exec(text)) {
    const s = m.index, e = s + m[0].length;
    const dir: Dir = OPENERS.has(m[0]) ? 'open' : CLOSERS.has(m[0]) ? 'close' : ambiguousDir(text, s, e);
    marks.push({ start: s, end: e, dir });
  }
  return marks;
}

const trimmed = (text: string, s: number, e: number) => {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
};

const startsWithOpener = (p: Span) => /^\s*(?:``|''|[“„"«‘'])/.test(p.text);

export function findQuotedStretches(text: string, paragraphs: Span[], skip: (pos: number) => boolean): { stretches: QuotedStretch[]; diagnostics: Diagnostic[] } {
  const stretches: QuotedStretch[] = [];
  const diagnostics: Diagnostic[] = [];
  const unbalanced = (m: Mark, why: string) =>
    diagnostics.push({ severity: 'info', code: 'unbalanced-quote', message: `${why} at offset ${m.start}; ignored`, span: { start: m.start, end: m.end } });

  paragraphs.forEach((p, pi) => {
    if (skip(p.start)) return;
    let open: Mark | null = null;
    const doubles: QuotedStretch[] = [];
    for (const mark of doubleMarks(text, p.start, p.end)) {
      if (!open) {
        if (mark.dir === 'close') unbalanced(mark, 'closing quotation mark without an opening one');
        else open = mark;
        continue;
      }
      // `“expedited review“`: an opening mark glued to a word and followed by a space closes.
      const gluedCloser = !isSpace(text[mark.start - 1]) && (mark.end >= text.length || /[\s.,;:!?)]/.test(text[mark.end]));
      if (mark.dir === 'open' && OPENERS.has(text.slice(mark.start, mark.end)) && !gluedCloser) {
        unbalanced(open, 'opening quotation mark never closed');
        open = mark;
        continue;
      }
      const content = trimmed(text, open.end, mark.start);
      if (content.end > content.start) doubles.push({ open, close: mark, content, family: 'double', paragraph: pi });
      open = null;
    }
    if (open) {
      const next = paragraphs[pi + 1];
      const content = trimmed(text, open.end, p.end);
      if (next && startsWithOpener(next) && content.end > content.start) {
        doubles.push({ open, close: null, content, family: 'double', paragraph: pi });
      } else unbalanced(open, 'opening quotation mark never closed');
    }
    stretches.push(...doubles, ...singleQuotes(text, p, pi, doubles));
  });
  stretches.sort((a, b) => a.open.start - b.open.start);
  return { stretches, diagnostics };
}

// Single quotes: an opening ‘ or ' after a space or bracket and before a letter, closed by the
// next ’ or ' that is not an apostrophe (a letter on both sides, as in Iran’s or don't).
const SINGLE_OPEN_RE = /(^|[\s(\[\u2014:])([‘'`])(?=[\p{L}\p{N}$])/gu;
function singleQuotes(text: string, p: Span, pi: number, doubles: QuotedStretch[]): QuotedStretch[] {
  const found: QuotedStretch[] = [];
  const insideDouble = (pos: number) => doubles.some((d) => pos >= d.open.start && pos < (d.close?.end ?? d.content.end));
  SINGLE_OPEN_RE.lastIndex = 0;
  const body = p.text;
  for (let m = SINGLE_OPEN_RE.exec(body); m; m = SINGLE_OPEN_RE.exec(body)) {
    const openStart = p.start + m.index + m[1].length;
    if (insideDouble(openStart)) continue;
    for (let i = openStart + 1; i < p.end; i++) {
      const c = text[i];
      if (c !== '’' && c !== "'") continue;
      const prev = text[i - 1], next = text[i + 1];
      if (/[\p{L}\p{N}]/u.test(next ?? '')) continue; // apostrophe inside a word
      if (isSpace(prev)) continue;
      const content = trimmed(text, openStart + 1, i);
      if (content.end > content.start && !insideDouble(i)) {
        found.push({ open: { start: openStart, end: openStart + 1 }, close: { start: i, end: i + 1 }, content, family: 'single', paragraph: pi });
        SINGLE_OPEN_RE.lastIndex = i + 1 - p.start;
      }
      break;
    }
  }
  return found;
}
