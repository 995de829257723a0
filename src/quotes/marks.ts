// Finds quoted stretches: pairs opening and closing marks of the double family (“ ” " „ `` ''
// « »), then single quotes (‘ ’ ') outside them. An opening mark left open at a paragraph's end
// continues when the next paragraph opens with a mark (the news convention for multi-paragraph
// quotes); any other unbalanced mark is reported and skipped, never derailing the rest.
import { spanIndexAt } from '../spans.js';
import { isWordUnit } from '../word-runs.js';
import { isBlank, isSpaceCode } from './blank.js';
import type { Diagnostic, Span } from '../types.js';

export interface QuotedStretch {
  open: { start: number; end: number };
  /** null when the stretch runs to the paragraph's end and continues in the next one. */
  close: { start: number; end: number } | null;
  content: { start: number; end: number };
  family: 'double' | 'single';
  paragraph: number;
}

/** q with other opening and closing marks. (Field by field, in the order findQuotedStretches
 * makes them: a spread's copy has another hidden class, and the code reading both is recompiled.) */
export function withEnds(q: QuotedStretch, open: QuotedStretch['open'], close: QuotedStretch['close']): QuotedStretch {
  return { open, close, content: q.content, family: q.family, paragraph: q.paragraph };
}

type Dir = 'open' | 'close' | 'either';
interface Mark { start: number; end: number; dir: Dir; straight: boolean }

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

function doubleMarks(text: string, p: Span): Mark[] {
  const marks: Mark[] = [];
  // Searched in the paragraph's own text: a search from `from` in the whole text would run on to
  // the next mark, past every paragraph without one (quadratic in a page of short lines).
  DOUBLE_RE.lastIndex = 0;
  for (let m = DOUBLE_RE.exec(p.text); m; m = DOUBLE_RE.exec(p.text)) {
    const s = p.start + m.index, e = s + m[0].length;
    const dir: Dir = OPENERS.has(m[0]) ? 'open' : CLOSERS.has(m[0]) ? 'close' : ambiguousDir(text, s, e);
    marks.push({ start: s, end: e, dir, straight: m[0] === '"' });
  }
  return marks;
}

const trimmed = (text: string, s: number, e: number) => {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
};

/** A closing mark typed for an opening one: a space or the paragraph's start before it, a letter or digit after it. */
const turnedOpener = (text: string, m: Mark, p: Span) => (m.start === p.start || /\s/.test(text[m.start - 1])) && /[\p{L}\p{N}]/u.test(text[m.end] ?? '');

/** `… said Baron. “His candidacy … in depth.` closing its paragraph and the article's quote with
 * no closing mark: an opening mark that starts a sentence, and words that end one, make a quote
 * running to the paragraph's end. */
function closesAtParagraphEnd(text: string, open: Mark, content: { start: number; end: number }): boolean {
  const sentenceStart = /(?:^|[.!?:,]["”’']?\s+|\n\s*)$/.test(text.slice(Math.max(0, open.start - 4), open.start));
  const words = text.slice(content.start, content.end);
  // (`tweet-date="…¶">I love …<tweet/>`: markup's quotes open no words.)
  return sentenceStart && /^[\p{L}\p{N}]/u.test(words) && /[.!?][’'")\]]*$/.test(words) && /\s\S+\s\S+\s/.test(words);
}

/** For each mark, how many marks after it can close (are not sure openers) before the next sure opener. */
function closingMarksAhead(marks: Mark[]): number[] {
  const ahead = new Array<number>(marks.length + 1).fill(0);
  for (let k = marks.length - 2; k >= 0; k--) ahead[k] = marks[k + 1].dir === 'open' ? 0 : ahead[k + 1] + 1;
  return ahead;
}

/** `"“If I …`: a second mark right after the first (at most a few spaces between). */
/** A mark's bounds alone: the stretches' marks then all have the shape of the single quotes'
 * `{ start, end }`, and the code reading them is not deoptimised at the first one of another shape. */
const boundsOf = (m: Mark): { start: number; end: number } => ({ start: m.start, end: m.end });

const doubled = (text: string, open: Mark, mark: Mark) => mark.start - open.end < 4 && isBlank(text, open.end, mark.start);

/** `"He's made … could not verify, Graham said. "He's getting …`: the closing mark left out before
 * a cue, shown by the opening mark right after the cue's sentence. Where the cue clause starts
 * (its comma), or -1. Only the last stretch before the mark is read. */
const CUE_TAIL = /,\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|added|adds|wrote|explained|continued)\.\s*$/u;
function closerLeftOut(text: string, open: Mark, mark: Mark): number {
  const from = Math.max(open.end, mark.start - 80);
  const m = CUE_TAIL.exec(text.slice(from, mark.start));
  return m ? from + m.index : -1;
}

const startsWithOpener = (p: Span) => /^\s*(?:``|''|[“„"«‘'])/.test(p.text);

/** Notes a mark left unbalanced. (A function of the module, not a closure per article: optimised
 * code calling a closure is specialised to it, and deoptimised when the next article brings its own.) */
function unbalancedMark(diagnostics: Diagnostic[], m: Mark, why: string): void {
  diagnostics.push({ severity: 'info', code: 'unbalanced-quote', message: `${why} at offset ${m.start}; ignored`, span: { start: m.start, end: m.end } });
}

export function findQuotedStretches(text: string, paragraphs: Span[], skip: (pos: number) => boolean): { stretches: QuotedStretch[]; diagnostics: Diagnostic[] } {
  const stretches: QuotedStretch[] = [];
  const diagnostics: Diagnostic[] = [];

  paragraphs.forEach((p, pi) => {
    if (skip(p.start)) return;
    let open: Mark | null = null;
    /** A quote inside the open one (`“… wearing “Vote Blue” shirts …”`): its marks are the outer quote's words. */
    let nested: Mark | null = null;
    const doubles: QuotedStretch[] = [];
    const marks = doubleMarks(text, p);
    const closing = closingMarksAhead(marks);
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k];
      if (nested) {
        nested = null;
        continue;
      }
      if (!open) {
        // `said ”appeared to be …”`: a closing mark after a space and before a word opens.
        if (mark.dir === 'close' && !turnedOpener(text, mark, p)) unbalancedMark(diagnostics, mark, 'closing quotation mark without an opening one');
        else open = mark;
        continue;
      }
      // `“expedited review“`: an opening mark glued to a word and followed by a space closes, and
      // so does one with nothing after it in its paragraph (`“They see that. “`).
      const gluedCloser = (!isSpace(text[mark.start - 1]) && (mark.end >= text.length || /[\s.,;:!?)]/.test(text[mark.end]))) || (k === marks.length - 1 && isBlank(text, mark.end, p.end));
      // A mark that opens (`“`, or `"` after a space and before a word) with two closing marks
      // ahead before the next opening one opens a quote inside the open one; inside a quote of the
      // other style (`“It was titled "Wall Street Is Losing," but …”`) one closing mark will do, since
      // the outer quote may run on past the paragraph.
      const otherStyle = open.straight !== mark.straight;
      const opens = mark.dir === 'open';
      // (`"“If I …”`: a mark doubled at the start opens nothing inside.)
      if (opens && !gluedCloser && closing[k] >= (otherStyle ? 1 : 2) && !doubled(text, open, mark)) {
        nested = mark;
        continue;
      }
      if (opens && !gluedCloser) {
        const comma = closerLeftOut(text, open, mark);
        if (comma > open.end) {
          doubles.push({ open, close: { start: comma, end: comma }, content: trimmed(text, open.end, comma), family: 'double', paragraph: pi });
          open = mark;
          continue;
        }
      }
      if (mark.dir === 'open' && OPENERS.has(text.slice(mark.start, mark.end)) && !gluedCloser) {
        unbalancedMark(diagnostics, open, 'opening quotation mark never closed');
        open = mark;
        continue;
      }
      const content = trimmed(text, open.end, mark.start);
      if (content.end > content.start) doubles.push({ open: boundsOf(open), close: boundsOf(mark), content, family: 'double', paragraph: pi });
      open = null;
    }
    if (open) {
      // (Read only when there is one: a read past the end of an array deoptimises the code doing it.)
      const next = pi + 1 < paragraphs.length ? paragraphs[pi + 1] : undefined;
      const content = trimmed(text, open.end, p.end);
      if (content.end > content.start && ((next && startsWithOpener(next)) || closesAtParagraphEnd(text, open, content))) {
        doubles.push({ open: boundsOf(open), close: null, content, family: 'double', paragraph: pi });
      } else unbalancedMark(diagnostics, open, 'opening quotation mark never closed');
    }
    // A loop, not push(...): a paragraph may hold a hundred thousand quotes.
    for (const d of doubles) stretches.push(d);
    for (const s of singleQuotes(text, p, pi, doubles)) stretches.push(s);
  });
  stretches.sort((a, b) => a.open.start - b.open.start);
  return { stretches, diagnostics };
}

// Single quotes: an opening ‘ or ' after a space or bracket and before a letter, closed by the
// next ’ or ' that is not an apostrophe (a letter on both sides, as in Iran’s or don't).
// (The mark after a space, bracket, dash or colon, or opening the paragraph: /(^|[\s(\[\u2014:])([‘'`])(?=…)/
// with the look back written after the mark, so that the regex stops only at marks. The searches
// resume after a closing mark, never after one of those characters: both forms find the same.)
export const SINGLE_OPEN_RE = /[‘'`](?<![^\s(\[\u2014:][‘'`])(?=[\p{L}\p{N}$])/gu;
function singleQuotes(text: string, p: Span, pi: number, doubles: QuotedStretch[]): QuotedStretch[] {
  const found: QuotedStretch[] = [];
  // Doubles are disjoint and in order: a binary search tells whether a position is inside one.
  // (Found with the closers when the first opening mark is: most paragraphs hold none.)
  let doubleRanges: { start: number; end: number }[] | null = null;
  let closers: number[] = [];
  const insideDouble = (pos: number) => spanIndexAt(doubleRanges!, pos) >= 0;
  let ci = 0;
  SINGLE_OPEN_RE.lastIndex = 0;
  const body = p.text;
  for (let m = SINGLE_OPEN_RE.exec(body); m; m = SINGLE_OPEN_RE.exec(body)) {
    if (!doubleRanges) {
      doubleRanges = doubles.map((d) => ({ start: d.open.start, end: d.close?.end ?? d.content.end }));
      closers = singleClosers(text, p);
    }
    const openStart = p.start + m.index;
    if (insideDouble(openStart)) continue;
    // Openers come in text order, so the pointer to the next closer only moves forward.
    while (ci < closers.length && closers[ci] <= openStart) ci++;
    if (ci >= closers.length) break;
    // `‘The players’ attitude was superb,’ he said`: a mark after a plural's s, before a
    // lower-case word, is its possessive when the next closer ends the quote with no opener between.
    if (ci + 1 < closers.length && pluralPossessive(text, closers[ci]) && !pluralPossessive(text, closers[ci + 1]) && !opensBetween(body, closers[ci] + 1 - p.start, closers[ci + 1] - p.start)) ci++;
    const i = closers[ci];
    const content = trimmed(text, openStart + 1, i);
    if (content.end > content.start && !insideDouble(i)) {
      found.push({ open: { start: openStart, end: openStart + 1 }, close: { start: i, end: i + 1 }, content, family: 'single', paragraph: pi });
      SINGLE_OPEN_RE.lastIndex = i + 1 - p.start;
    }
  }
  return found;
}

/** A mark right after a word's final s and before a space and a lower-case letter (`players’ attitude`). */
function pluralPossessive(text: string, i: number): boolean {
  return (text.charCodeAt(i - 1) === 115) && isSpaceCode(text.charCodeAt(i + 1)) && /\p{Ll}/u.test(text[i + 2] ?? '');
}

/** Whether an opening single mark stands in body[from, to). */
function opensBetween(body: string, from: number, to: number): boolean {
  OPEN_SEARCH.lastIndex = from;
  const m = OPEN_SEARCH.exec(body);
  return !!m && m.index < to;
}
// (A regex of its own: SINGLE_OPEN_RE's lastIndex is the caller's loop position.)
const OPEN_SEARCH = new RegExp(SINGLE_OPEN_RE.source, 'gu');

/** Positions in the paragraph of ’ or ' that can close a single quote: not an apostrophe inside
 * a word (a letter or digit after it), and not after a space. Found once per paragraph. */
const SINGLE_CLOSE_RE = /['’]/g;
function singleClosers(text: string, p: Span): number[] {
  const closers: number[] = [];
  // The marks found by a regex (quick to skip the rest), each checked over char codes.
  SINGLE_CLOSE_RE.lastIndex = 1;
  for (let m = SINGLE_CLOSE_RE.exec(p.text); m; m = SINGLE_CLOSE_RE.exec(p.text)) {
    const i = p.start + m.index;
    // (Not past the text's end: charCodeAt gives NaN there, and a NaN deoptimises the code reading it.)
    if ((i + 1 < text.length && isWordUnit(text.charCodeAt(i + 1))) || isSpaceCode(text.charCodeAt(i - 1))) continue;
    closers.push(i);
  }
  return closers;
}
