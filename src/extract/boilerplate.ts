// Named rules for page furniture, in the manner of Readability.js and trafilatura: what an
// element's class/id, tag and link density say about whether its text is the article's.
import { classAndId, type DomElement } from './dom.js';

/** class/id words of blocks that are never the article body. */
export const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscri(?:be|ption)|signup|related|recommend(?:ed|ations)?|promo|advert|advertisement|ad-?slot|ads|sponsor(?:ed)?|outbrain|taboola|breadcrumbs?|comments?|disqus|tags?|tag-?list|toolbar|author-?bio|byline|bylines|post-?meta|article-?meta|entry-?meta|meta-?data|dateline|timestamp|published|caption|credit|copyright|disclaimer|read-?more|more-?stories|most-?(?:read|popular)|trending|popular|sidebar|widget|modal|popup|cookie|paywall|skip|visually-?hidden|sr-only|screen-?reader)(?:$|[\s_-])/;

/** Blocks whose text alone marks them as furniture (`Advertisement`, `Read more`, `Credit...`). */
export const FURNITURE_TEXT =
  /^(?:advertisement|anzeige|publicidade|publicidad|sponsored|read more|continue reading|related:?|see also:?|share this( article)?|credit\b.*|image:?.*|photo:.*|source:.*|getty images|\(?ap photo.*|skip to .*|sign up .*|click here .*)$/i;

/** A caption, byline or credit by its tag or name. */
export const CAPTION_NAME = /caption|credit|figcaption/;
export const BYLINE_NAME = /byline|author|writer|contributor/;

export function matchesName(el: DomElement, re: RegExp): boolean {
  return re.test(classAndId(el));
}

/** Share of an element's text inside links: 1 for a list of links, 0 for prose. */
export function linkDensity(el: DomElement): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return Math.min(1, linked / total);
}
