import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';
import { textBlocks, type Block } from './blocks.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { FURNITURE_NAME, FURNITURE_TEXT, linkDensity, matchesName } from './boilerplate.js';

export interface MainText {
  blocks: Block[];
}

/** Readability's choice of the article element, then our own furniture rules inside it. */
export function mainBlocks(doc: DomDocument): Block[] {
  let root: DomElement | null = null;
  try {
    const r = new Readability<DomElement>(doc as never, { keepClasses: true, serializer: (n) => n as unknown as DomElement }).parse();
    root = r?.content ?? null;
  } catch {
    root = null;
  }
  if (!root) return [];
  const rootLength = textLength(root);
  const furniture = new Map<DomElement, boolean>();
  // a wrapper holding most of the article is never furniture, whatever its class says
  const isFurniture = (el: DomElement): boolean => {
    let v = furniture.get(el);
    if (v === undefined) {
      const tag = el.tagName.toLowerCase();
      v = (FURNITURE_TAGS.has(tag) || matchesName(el, FURNITURE_NAME)) && textLength(el) < rootLength * MAX_FURNITURE_SHARE;
      furniture.set(el, v);
    }
    return v;
  };
  return textBlocks(root).filter((b) => keepBlock(b, root!, isFurniture));
}

const FURNITURE_TAGS = new Set(['figure', 'figcaption', 'aside', 'nav']);
const MAX_FURNITURE_SHARE = 0.3;
const textLength = (el: DomElement): number => (el.textContent ?? '').length;

function keepBlock(b: Block, root: DomElement, isFurniture: (el: DomElement) => boolean): boolean {
  if (FURNITURE_TEXT.test(b.text)) return false;
  for (let el: DomElement | null = b.el; el && el !== root; el = el.parentNode as DomElement | null) {
    if (isFurniture(el)) return false;
  }
  if (b.text.length < 120 && linkDensity(b.el) > 0.6) return false;
  return true;
}

export function extractForEval(html: string, url?: string): { meta: PageMetadata; body: string } {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = readMetadata(document, url);
  const blocks = mainBlocks(document);
  return { meta, body: blocks.map((b) => b.text).join('\n') };
}
