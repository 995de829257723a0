import type { DomDocument, DomElement } from './dom.js';
import { isoDate } from './page-date.js';

/** What a page says about itself in its `<head>` and JSON-LD. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  authors: string[];
  url: string | null;
  language: string | null;
  /** JSON-LD `articleBody` of the page's article, when it publishes one. */
  articleBody: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting/;

/** Every JSON-LD object of the page, `@graph` members included; broken blocks are skipped. */
function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse((scripts[i]!.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [value];
    while (queue.length > 0 && out.length < 200) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v.slice(0, 50));
      else if (v && typeof v === 'object') {
        out.push(v as Json);
        if (Array.isArray((v as Json)['@graph'])) queue.push(...((v as Json)['@graph'] as unknown[]).slice(0, 50));
      }
    }
  }
  return out;
}

const typeOf = (o: Json): string => [o['@type']].flat().filter((t) => typeof t === 'string').join(' ');
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A person or organisation value (`"Jane Roe"`, `{name}`, or a list of them) to names. */
function names(v: unknown): string[] {
  const out: string[] = [];
  for (const x of [v].flat()) {
    const name = typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Json)['name'] : null;
    if (typeof name === 'string' && name.trim()) out.push(name.trim());
  }
  return out;
}

function meta(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    // itemprop holds a list of names (`datePublished dateCreated`)
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop~="${key}"]`);
    const v = str(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

/** A microdata date in the page body: `<time itemprop="datePublished" datetime="…">`. */
const itempropTime = (doc: DomDocument, key: string): string | null =>
  str(doc.querySelector(`time[itemprop~="${key}"][datetime]`)?.getAttribute('datetime'));

const DATE_KEYS = ['article:published_time', 'datePublished', 'date', 'pubdate', 'sailthru.date', 'dc.date', 'DC.date.issued'];

/** A publication date a page may really mean: CMS placeholders such as `0001-01-01T00:00:00Z` are
 * skipped for the next source. Years outside 1800–2100 are placeholders, not news. */
export function isPlausibleDate(s: string | null | undefined): s is string {
  if (!s) return false;
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(s)?.[1];
  return year === undefined || (Number(year) >= 1800 && Number(year) <= 2100);
}

function metaAll(doc: DomDocument, key: string): string[] {
  const els = doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`);
  const out: string[] = [];
  for (let i = 0; i < els.length; i++) {
    const v = str(els[i]!.getAttribute('content'));
    if (v && !/^https?:/.test(v)) out.push(v);
  }
  return out;
}

/** `www.example.co.uk` from a URL, or null. */
function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Title, outlet (og:site_name, JSON-LD publisher, else the domain of the given or canonical URL),
 * publication date, authors, canonical URL and language, each from the first source that has it.
 */
export function readMetadata(doc: DomDocument, givenUrl?: string): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => /Article|BlogPosting|Report/.test(typeOf(o))) ?? ld.find((o) => ARTICLE_TYPES.test(typeOf(o)));
  const canonical = str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta(doc, 'og:url');
  // a URL the page was fetched from (a WARC record's target) is the article's; else its canonical URL
  const url = givenUrl ?? absolute(canonical, givenUrl);
  const publisher = article ? names(article['publisher'])[0] : undefined;
  const html = doc.documentElement as DomElement | null;
  const language = str(html?.getAttribute('lang')) ?? meta(doc, 'og:locale', 'language', 'content-language') ?? str(article?.['inLanguage']);
  const authors = article ? names(article['author']) : [];
  const title =
    meta(doc, 'og:title', 'twitter:title') ?? str(article?.['headline']) ?? str(doc.querySelector('title')?.textContent);
  return {
    title: title ? title.replace(/\s+/g, ' ') : null,
    outlet: siteName(meta(doc, 'og:site_name', 'application-name') ?? publisher ?? null) ?? domainOf(url),
    published: publishedOf([str(article?.['datePublished']), ...DATE_KEYS.map((k) => meta(doc, k)), itempropTime(doc, 'datePublished')]),
    authors: authors.length > 0 ? unique(authors) : unique(metaAll(doc, 'author').concat(metaAll(doc, 'article:author'))),
    url,
    language: language ? language.replace('_', '-') : null,
    articleBody: article ? str(article['articleBody']) : null,
  };
}

/** The first plausible date of the page's sources, in ISO 8601 when its form is unambiguous. */
function publishedOf(sources: Array<string | null>): string | null {
  const date = sources.find(isPlausibleDate);
  return date ? isoDate(date) : null;
}

/** A site name as an outlet: a URL becomes its domain, a tagline after `|` or ` - ` is dropped. */
function siteName(name: string | null): string | null {
  if (!name) return null;
  if (/^https?:\/\//i.test(name)) return domainOf(name);
  return name.split(/\s+[|–—-]\s+/)[0]!.trim() || null;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
