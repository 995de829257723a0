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

/** Microdata on comments and reviews names their writers, not the article's. */
const NOT_THE_ARTICLE = /Comment|Review|Answer|Question/;
const MAX_AUTHOR = 80;

/**
 * Authors in the page's microdata: an `itemprop="author"` element's `itemprop="name"`, else its
 * own short text without a leading `By` or label (NYT's `<p itemprop="author">By <span itemprop="name">`).
 */
function microdataAuthors(doc: DomDocument): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll('[itemprop~="author"]');
  for (let i = 0; i < els.length && out.length < 10; i++) {
    const el = els[i]!;
    let inOther = false;
    for (let up = el.parentNode as DomElement | null; up && up.nodeType === 1 && !inOther; up = up.parentNode as DomElement | null) inOther = NOT_THE_ARTICLE.test(up.getAttribute('itemtype') ?? '');
    if (inOther) continue;
    const named = el.querySelector('[itemprop~="name"]') ?? el;
    const raw = named.getAttribute('content') ?? named.textContent ?? '';
    // `By Jane Roe`, `Text: Jane Roe`
    const name = raw.replace(/\s+/g, ' ').trim().replace(/^(?:by\s+|\p{L}{2,12}:\s*)/iu, '');
    if (name && name.length <= MAX_AUTHOR && !/^https?:/.test(name)) out.push(name);
  }
  return out;
}

/** A personal name as bylines write it: two to four capitalised words (`Sam Reporter`, `Kevin
 * McCoy`, `Mary O’Neil`, `Jean-Luc`), no word glued to the next (`Jeff FoustMonday`). */
const NAME_WORD = "\\p{Lu}(?:\\p{Ll}{0,2}['’]?\\p{Lu})?[\\p{Ll}'’]*(?:-\\p{Lu}\\p{Ll}*)?\\.?";
const PERSON = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD}){1,3}$`, 'u');

/**
 * The names of a byline shown only as text: `By Sam Reporter`, `By A, B and C`. Commas separate
 * names only in a list ending in `and`; otherwise what follows one is a role (`By Jane Doe,
 * Political Correspondent`). Every part must read as a name, else none is taken.
 */
export function bylineAuthors(byline: string): string[] {
  const m = /^by\s+(.+)$/i.exec(byline.replace(/\s+/g, ' ').trim());
  if (!m) return [];
  const list = /\s(?:and|&)\s/.test(m[1]!);
  const parts = (list ? m[1]!.split(/,\s*|\s+(?:and|&)\s+/) : [m[1]!.split(',')[0]!]).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => PERSON.test(p)) ? parts : [];
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
    outlet: outletOf(siteName(meta(doc, 'og:site_name', 'application-name')), siteName(publisher ?? null), url, meta(doc, 'twitter:site')),
    published: publishedOf([str(article?.['datePublished']), ...DATE_KEYS.map((k) => meta(doc, k)), itempropTime(doc, 'datePublished')]),
    authors: unique(authors.length > 0 ? authors : firstNonEmpty(metaAll(doc, 'author').concat(metaAll(doc, 'article:author')), microdataAuthors(doc))),
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

/**
 * The site name, else the publisher, else the domain. A name in Latin letters that resembles
 * neither the site's domain nor its Twitter handle is a section's or platform's label (`U.S.` on
 * reuters.com, `Hosted` on hosted.ap.org) and is passed over. A subdomain vouches only for a name
 * that says more than it (`The Coastal Ledger` on ledger.example.org).
 */
function outletOf(site: string | null, publisher: string | null, url: string | null, handle: string | null): string | null {
  const host = hostLabels(url);
  if (!host) return site ?? publisher;
  const agrees = (name: string) => {
    const subdomains = host.subdomains.filter((s) => s !== compact(name));
    return resembles(name, [host.key, ...subdomains, ...(handle ? [handle.replace(/^.*[@/]/, '')] : [])]);
  };
  return [site, publisher].find((n): n is string => n !== null && agrees(n)) ?? domainOf(url);
}

/** The name a site registered (`chron` of www.chron.com, `ap` of hosted.ap.org, `bbc` of
 * bbc.co.uk) and the subdomains before it. */
function hostLabels(url: string | null): { key: string; subdomains: string[] } | null {
  const labels = domainOf(url)?.split('.') ?? [];
  if (labels.length < 2) return null;
  const secondLevel = labels.length > 2 && /^(?:co|com|net|org|ac|gov|edu|ne|or|go)$/.test(labels.at(-2)!) && labels.at(-1)!.length === 2;
  const at = labels.length - (secondLevel ? 3 : 2);
  return { key: labels[at]!, subdomains: labels.slice(0, at) };
}

/** Letters and digits of a name or label, lower case: `hosted` of `Hosted`. */
const compact = (s: string): string => s.normalize('NFD').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Words of a name too common to tie it to a domain. */
const COMMON_NAME_WORDS = new Set(['the', 'and', 'for', 'news', 'daily', 'online']);

/**
 * A name resembles a domain label or handle when one holds the other (`Houston Chronicle`,
 * `chron`), it holds a word of the name (`New York Post`, `nypost`) or the name's initials
 * (`Deutsche Welle`, `dw`), or both start alike (`HuffPost`, `huffingtonpost`). A name with no
 * Latin letters cannot be compared and resembles any.
 */
function resembles(name: string, witnesses: string[]): boolean {
  const words = name.normalize('NFD').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const joined = words.join('');
  if (joined.replace(/\d/g, '').length < 2) return true;
  const initials = words.filter((w) => !COMMON_NAME_WORDS.has(w)).map((w) => w[0]).join('');
  return witnesses.some((raw) => {
    const w = compact(raw);
    return (
      w === joined ||
      (w.length >= 3 && (joined.includes(w) || w.includes(joined))) ||
      words.some((word) => word.length >= 3 && !COMMON_NAME_WORDS.has(word) && w.includes(word)) ||
      (initials.length >= 2 && w.startsWith(initials)) ||
      (w.length >= 4 && joined.slice(0, 4) === w.slice(0, 4))
    );
  });
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
const firstNonEmpty = (...lists: string[][]): string[] => lists.find((l) => l.length > 0) ?? [];
