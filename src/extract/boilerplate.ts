// Named rules for page furniture, in the manner of Readability.js and trafilatura: what an
// element's class/id, tag and link density say about whether its text is the article's.
import { classAndId, type DomElement } from './dom.js';

/** class/id words of blocks that are never the article body. */
export const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscri(?:be|ption)|signup|related|recommend(?:ed|ations)?|promo|advert|advertisement|ad-?slot|ads|sponsor(?:ed)?|outbrain|taboola|breadcrumbs?|comments?|disqus|tags?|tag-?list|toolbar|author-?bio|byline|bylines|post-?meta|article-?meta|entry-?meta|meta-?data|dateline|timestamp|published|caption|credit|copyright|disclaimer|read-?more|more-?stories|most-?(?:read|popular)|trending|popular|sidebar|widget|modal|popup|popover|tooltip|hover-?card|rollover(?:-[a-z]+)*-block|cookie|paywall|skip|visually-?hidden|sr-only|screen-?reader)(?:$|[\s_-])/;

/** Blocks whose text alone marks them as furniture (`Advertisement`, `Read more`, `Credit...`). */
export const FURNITURE_TEXT =
  /^(?:advert|advertisement|anzeige|publicidade|publicidad|sponsored|read more|continue reading|related:?|see also:?|share this( article)?|share|print|email|e-mail|tweet|comments?|\d+ comments?|this slideshow requires javascript\.?|tell us what you think.*|credit\b.*|image:?.*|(?:photo|foto|фото|bild):.*|close|subscribe|you (?:may|might) also like:?|more (?:great )?[\w ]{0,20}stories:?|follow (?:us|[\w ]{1,30}) on (?:facebook|twitter|instagram|youtube|x)\b.*|https?:\/\/\S+|source:.*|getty images|\(?ap photo.*|skip to .*|sign up .*|sign in|log in|(?:hide |show )?caption|click here .*)$/i;

/** A byline by its class or id. */
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

/** `PUBLISHED: 10:48, Tue, Nov 19, 2019`, `Updated 3 hours ago`, `22 de janeiro de 2018 às 0:13`. */
const DATE_LABEL = /^[|•·\s]*(?:published|updated|posted|last (?:updated|modified)|modified|publicado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour)\b/i;
const DATE_PART = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b/;
const MAX_DATE_LINE = 80;
const FULL_DATE = /\b\d{1,2}:\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:[1-9]|[12]\d|3[01])\b\D{1,12}\b(?:1[89]|20)\d\d\b/;

/** A short line that only says when the article was published or updated. */
export function isDateLine(text: string): boolean {
  // a tweet's closing line (`— Name (@handle) November 18, 2019`) belongs to the quoted tweet
  if (text.length > MAX_DATE_LINE || !DATE_PART.test(text) || /@\w|^[—–-]/.test(text)) return false;
  if (DATE_LABEL.test(text)) return true;
  // a full date (a day and a year, or a time) and little else: few words besides numbers, no sentence
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length <= 8 && !/[.!?]["”’]?$/.test(text) && FULL_DATE.test(text);
}

/** A short heading in capitals that labels a promotion (`DON'T MISS`, `STREAM BIG`), not the story. */
export function isCapsKicker(text: string): boolean {
  return text.length <= 40 && /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && !/[.!?]$/.test(text);
}

/** `Jane Roe contributed reporting.`, `Associated Press writers A and B contributed to this report.`,
 * `Contributing: Jane Roe`. */
const CONTRIBUTORS = /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b|^contributing:\s/i;
const MAX_CREDIT_LINE = 300;

/** A closing line crediting the reporters: a signoff, not the story. */
export function isCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT_LINE && CONTRIBUTORS.test(text);
}

// `If you enjoyed this article, we have a proposition for you: Join NRPLUS.`: a plea to pay or join,
// after the article.
const PITCH = /^(?:if you (?:enjoyed|liked|value|valued|appreciate|appreciated) (?:this|our|reading)\b|(?:become|join us as) an? (?:member|subscriber|supporter)\b|support (?:our|independent) journalism\b|subscribe (?:now|today)\b)/i;
const MAX_PITCH = 800;
// `Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.`, `Join our
// Space Forums …`: a sentence telling the reader to subscribe, sign up or join, in a short block.
const PLEA = /(?:^|[.!?]\s+)(?:subscribe to|sign up (?:to|for)|join our)\s/i;
const MAX_PLEA = 300;

/** A block asking the reader to subscribe, join or donate. */
export function isPitch(text: string): boolean {
  return text.length <= MAX_PITCH && (PITCH.test(text) || (text.length <= MAX_PLEA && PLEA.test(text)));
}

// `Follow him on Twitter @michaeldwall.`, `Amy Roe may be reached at aroe@example.com.`: how to
// reach the writer or the site, with the handle or address itself.
const FOLLOW = /\bfollow (?:him|her|them|us|me|[A-Z][\w.]*) on (?:twitter|facebook|instagram|linkedin)\b/i;
const HANDLE = /(?:^|\s)@\w{2,}/;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
const REACH = /\b(?:reached at|contact (?:him|her|them|us|me)|let us know|e-?mail (?:him|her|them|us|me)|send (?:us )?(?:a )?tips?)\b/i;
const MAX_CONTACT = 400;

/** A short block telling the reader where to follow or write to the author or the site. */
export function isContactLine(text: string): boolean {
  return text.length <= MAX_CONTACT && ((FOLLOW.test(text) && HANDLE.test(text)) || (EMAIL.test(text) && REACH.test(text)));
}

// `(credit: NASA/Jude Guidry)`, `(Photo: Jane Roe/Ledger)`: a caption ends with its picture's credit.
const PICTURE_CREDIT = /\((?:photo |image |picture )?(?:credit|photo|image|picture|courtesy)s?\s*:[^()]{2,80}\)$/i;

/** A photo caption: a short block ending with the picture's credit in brackets. */
export function isCaption(text: string): boolean {
  return text.length <= MAX_CONTACT && PICTURE_CREDIT.test(text);
}

// `Note: we are temporarily moderating all comments …`: the site speaking of its comment section.
const COMMENT_NOTICE = /^(?:note:\s*)?(?:we|our)\b.*\b(?:moderat|approv|review|clos|disabl)\w*\b.*\bcomments\b|\bcomments (?:are|is) (?:closed|moderated)\b/i;
const MAX_NOTICE = 300;

/** A short note to readers about the comments. */
export function isCommentNotice(text: string): boolean {
  return text.length <= MAX_NOTICE && !/[“”"]/.test(text) && COMMENT_NOTICE.test(text);
}

// `Copyright © 2019 Press TV. All rights reserved.`: the licence line, printed inside the article.
const LICENCE_LINE = /^(?:copyright\s*(?:[©ⓒ]|\(c\)|\d{4})|[©ⓒ]|\(c\)\s*\d{4})|\ball rights reserved\.?$/i;
const MAX_LICENCE = 200;

/** A short copyright or licence line. */
export function isLicenceLine(text: string): boolean {
  return text.length <= MAX_LICENCE && LICENCE_LINE.test(text);
}
