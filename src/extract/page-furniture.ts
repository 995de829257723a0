// The site's own lists around the article: related links, its headline lists, its licence line.
// Read from the page before the article finder rewrites it.
import { classAndId, type DomDocument, type DomElement } from './dom.js';
import { textBlocks } from './blocks.js';

export interface PageFurniture {
  related: string[];
  siteHeadlines: string[];
  licence: string | null;
}

const RELATED_NAME = /related|recommend|read-?(?:also|more|next)|more-?(?:stories|news|from|on)|also-?read|see-?also|you-?may|further-?reading/;
const SITE_NAME = /trending|popular|most-?(?:read|viewed|shared|recent)|latest|top-?stories|headlines|breaking|editors?-?picks/;
const LICENCE = /©|\(c\)\s*\d{4}|copyright|all rights reserved|creative commons|licen[cs]ed under/i;
/** A headline: a few words, not a whole paragraph. */
const MIN_WORDS = 3;
const MAX_HEADLINE = 200;
const MAX_ITEMS = 30;
/** Lists (and footers) looked into: each look reads the element's whole subtree. */
const MAX_LISTS = 40;

/** Link texts that read like headlines inside elements named as related or site lists. */
export function readFurniture(doc: DomDocument): PageFurniture {
  const related = new Set<string>();
  const site = new Set<string>();
  const all = doc.querySelectorAll('[class], [id]');
  let lists = 0;
  for (let i = 0; i < all.length && lists < MAX_LISTS; i++) {
    const el = all[i]!;
    const name = classAndId(el);
    const target = RELATED_NAME.test(name) ? related : SITE_NAME.test(name) ? site : null;
    if (!target || target.size >= MAX_ITEMS) continue;
    lists++;
    addHeadlines(el, target, related, site);
  }
  return { related: [...related], siteHeadlines: [...site], licence: licenceLine(doc) };
}

function addHeadlines(el: DomElement, target: Set<string>, ...seen: Set<string>[]): void {
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length && target.size < MAX_ITEMS; i++) {
    const text = (links[i]!.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (text.length > MAX_HEADLINE || text.split(' ').length < MIN_WORDS) continue;
    if (seen.some((s) => s.has(text))) continue;
    target.add(text);
  }
}

/** The copyright or licence line of the page footer, if there is one. */
function licenceLine(doc: DomDocument): string | null {
  const footers = doc.querySelectorAll('footer, [class*="footer"], [id*="footer"], [class*="copyright"]');
  for (let i = footers.length - 1; i >= Math.max(0, footers.length - MAX_LISTS); i--) {
    const line = textBlocks(footers[i]!).find((b) => LICENCE.test(b.text) && b.text.length <= 400);
    if (line) return line.text;
  }
  return null;
}
