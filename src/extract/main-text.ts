import { Readability } from '@mozilla/readability';
import { textLengths, textLongerThan, type DomDocument, type DomElement } from './dom.js';
import { textBlocks, type Block } from './blocks.js';
import { BYLINE_NAME, FURNITURE_NAME, FURNITURE_TEXT, isCapsKicker, isCaption, isCommentNotice, isContactLine, isCreditLine, isDateLine, isLicenceLine, isPitch, linkDensity, matchesName } from './boilerplate.js';

export interface MainText {
  /** The article's paragraphs, and the date lines among them. */
  body: Array<{ kind: 'body' | 'timestamp' | 'signoff' | 'licence-footer'; text: string }>;
  /** The first byline found inside the article element, if any. */
  byline: string | null;
  /** Readability's idea of the title (the `<title>` cleaned of the site name). */
  title: string | null;
  /** How many articles the page holds side by side (see severalArticles); all are in `body`. */
  articles: number;
}

const FURNITURE_TAGS = new Set(['figure', 'figcaption', 'aside', 'nav', 'footer']);
/** A wrapper holding this share of the article or more is never furniture, whatever its class says. */
const MAX_FURNITURE_SHARE = 0.3;
/** Short blocks mostly made of links are lists, not prose. */
const LINK_LIST = { maxLength: 120, density: 0.6 };
const BYLINE_MAX = 150;
/** Subheadings are the article's own; a heading is never a date line or a promotion label. */
const HEADING = /^h[1-6]$/;

/**
 * Readability.js chooses the article element (it scores paragraphs and their parents by text,
 * commas and class names); inside it, our own rules drop figures and captions, blocks whose
 * class/id names furniture, furniture lines and short link lists. Readability rewrites `doc`.
 */
export function mainText(doc: DomDocument): MainText {
  let root: DomElement | null = null;
  let title: string | null = null;
  const page = doc.documentElement ? doc.body : null; // linkedom's body getter throws on an empty document
  // Readability's scoring is quadratic in the depth of the page: a page nested deeper than any
  // real one is read whole
  const deep = page !== null && deeperThan(page, MAX_DEPTH);
  let byline = deep ? null : removeSmallFurniture(doc);
  const keepByline = (text: string): void => {
    if (byline === null && text.length <= BYLINE_MAX) byline = text;
  };
  const several = deep || !page ? [] : severalArticles(page);
  if (deep) {
    root = page;
  } else if (several.length > 0) {
    const body = several.flatMap((el) => articleBlocks(el, keepByline));
    return { body, byline, title: null, articles: several.length };
  } else {
    try {
      const r = new Readability<DomElement>(doc as never, { keepClasses: true, serializer: (n) => n as unknown as DomElement }).parse();
      root = r?.content ?? null;
      title = r?.title?.trim() || null;
    } catch {
      root = null;
    }
  }
  if (!root) return { body: [], byline, title, articles: 0 };
  const body = articleBlocks(root, keepByline);
  return { body, byline, title, articles: 1 };
}

/** The paragraphs of an article element that are not furniture; a byline found among them is passed to `onByline`. */
function articleBlocks(root: DomElement, onByline: (text: string) => void): MainText['body'] {
  const lengths = textLengths(root);
  const rootLength = lengths.get(root) ?? 0;
  const isFurniture = (el: DomElement): boolean =>
    (FURNITURE_TAGS.has(el.tagName.toLowerCase()) || matchesName(el, FURNITURE_NAME)) && (lengths.get(el) ?? 0) < rootLength * MAX_FURNITURE_SHARE;
  const body: MainText['body'] = [];
  // (A heading just before a plea to subscribe is the plea's: `Something to Consider`.)
  let heading = false;
  for (const b of textBlocks(root)) {
    const why = furnitureOf(b, root, isFurniture);
    if (why === null) body.push({ kind: blockKind(b), text: b.text });
    else if (why === 'byline') onByline(b.text);
    else if (heading && isPitch(b.text)) body.pop();
    heading = why === null && HEADING.test(b.tag);
  }
  return body;
}

/** A paragraph of prose: a sentence's length, ending as a sentence ends. A Chinese, Japanese or
 * Korean character says about as much as a short word, so it counts three. */
const PROSE = { minLength: 20, end: /[.!?。！？…]["”’»)」』]*$/, dense: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu };
/** An `<article>` with fewer prose paragraphs than this is a teaser card, not an article. */
const MIN_ARTICLE_PROSE = 2;

/**
 * Articles side by side (a live page, a digest): two or more `<article>` elements, none inside
 * another, each with paragraphs of its own. Readability would keep one of them; all are read, in
 * page order, with the furniture rules. Lists of teaser cards (a paragraph each) are not this.
 */
function severalArticles(page: DomElement): DomElement[] {
  const all = page.querySelectorAll('article');
  const outer: DomElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    let nested = false;
    for (let up = el.parentNode as DomElement | null; up && !nested; up = up.parentNode as DomElement | null) nested = up.tagName?.toLowerCase() === 'article';
    if (!nested) outer.push(el);
  }
  const full = outer.filter((el) => {
    const ps = el.querySelectorAll('p');
    let prose = 0;
    for (let i = 0; i < ps.length && prose < MIN_ARTICLE_PROSE; i++) if (isProse(ps[i]!.textContent ?? '')) prose++;
    return prose >= MIN_ARTICLE_PROSE;
  });
  return full.length >= 2 ? full : [];
}

/** Whether a paragraph reads as prose rather than a label, a link or a form field. */
export function isProse(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length + 2 * (t.match(PROSE.dense)?.length ?? 0) >= PROSE.minLength && PROSE.end.test(t);
}

/** Real pages nest a few dozen elements deep; thousands is a broken or hostile page. */
const MAX_DEPTH = 400;

/** Whether any element lies more than `limit` levels below `root` (iterative: no stack overflow). */
function deeperThan(root: DomElement, limit: number): boolean {
  const stack: Array<{ el: DomElement; depth: number }> = [{ el: root, depth: 0 }];
  while (stack.length > 0) {
    const { el, depth } = stack.pop()!;
    if (depth > limit) return true;
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) stack.push({ el: kids[i]!, depth: depth + 1 });
  }
  return false;
}

/** A kept block is body, or a date line, reporters' credit or licence line inside the article element. */
function blockKind(b: Block): MainText['body'][number]['kind'] {
  if (HEADING.test(b.tag)) return 'body';
  if (isDateLine(b.text)) return 'timestamp';
  if (isLicenceLine(b.text)) return 'licence-footer';
  return isCreditLine(b.text) ? 'signoff' : 'body';
}

/** Furniture named by class/id and too short to be a wrapper of the article. */
const SMALL_FURNITURE = 300;

/**
 * Before Readability rewrites the page (turning a `div.byline` into a bare `<p>`), remove the short
 * elements whose class/id names furniture; the first byline among them is kept for the output.
 */
function removeSmallFurniture(doc: DomDocument): string | null {
  let byline: string | null = null;
  const named = doc.querySelectorAll('[class], [id]');
  const doomed: DomElement[] = [];
  for (let i = 0; i < named.length; i++) {
    const el = named[i]!;
    const tag = el.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html' || !matchesName(el, FURNITURE_NAME) || textLongerThan(el, SMALL_FURNITURE)) continue;
    if (byline === null && matchesName(el, BYLINE_NAME)) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t && t.length <= BYLINE_MAX) byline = t;
    }
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return byline;
}

/** Why a block is furniture (`byline` or `other`), or null when it is article text. */
function furnitureOf(b: Block, root: DomElement, isFurniture: (el: DomElement) => boolean): 'byline' | 'other' | null {
  if (FURNITURE_TEXT.test(b.text) || isPitch(b.text) || isContactLine(b.text) || isCaption(b.text) || isCommentNotice(b.text)) return 'other';
  if (!HEADING.test(b.tag) && isCapsKicker(b.text)) return 'other';
  for (let el: DomElement | null = b.el; el && el !== root; el = el.parentNode as DomElement | null) {
    if (isFurniture(el)) return matchesName(el, BYLINE_NAME) ? 'byline' : 'other';
  }
  if (b.text.length < LINK_LIST.maxLength && linkDensity(b.el) > LINK_LIST.density) return 'other';
  return null;
}
