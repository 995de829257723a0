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

/** class and id of an element, lower-cased, for boilerplate name tests. */
export function classAndId(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}
