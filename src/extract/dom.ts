// The few DOM members the extractor uses, typed structurally (the project compiles without the DOM
// lib; linkedom provides the objects at run time).
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

const ELEMENT = 1;
export const TEXT = 3;

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT;

/** class and id of an element, lower-cased, for boilerplate name tests; a camelCase word boundary
 * becomes `-`, so `imageEmbedCredit` names a credit as `image-embed-credit` does. */
export function classAndId(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2').toLowerCase();
}

/** Whether the text under `el` is longer than `limit`, looking at no more text than needed. */
export function textLongerThan(el: DomNode, limit: number): boolean {
  let total = 0;
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT) {
      total += (n.textContent ?? '').length;
      if (total > limit) return true;
      continue;
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return false;
}

/** The text length under every element of `root`, in one pass (no element's text read twice). */
export function textLengths(root: DomElement): Map<DomNode, number> {
  const out = new Map<DomNode, number>();
  const stack: Array<{ node: DomNode; done: boolean }> = [{ node: root, done: false }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const n = item.node;
    if (n.nodeType === TEXT) continue;
    const kids = n.childNodes;
    if (!item.done) {
      stack.push({ node: n, done: true });
      for (let i = 0; i < kids.length; i++) stack.push({ node: kids[i]!, done: false });
      continue;
    }
    let total = 0;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      total += k.nodeType === TEXT ? (k.textContent ?? '').length : (out.get(k) ?? 0);
    }
    out.set(n, total);
  }
  return out;
}
