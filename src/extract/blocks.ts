import { isElement, TEXT, type DomElement, type DomNode } from './dom.js';

/** A paragraph of the page as text, with the element that holds it. */
export interface Block {
  text: string;
  /** Lower-case tag of the nearest block element (`p`, `h2`, `li`, ...). */
  tag: string;
  el: DomElement;
}

/** Elements that end a paragraph of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
  'br', 'summary', 'caption', 'center', 'body', 'html',
]);
/** Never text: their content is code, media or hidden. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);

const SPACE = /[\s\u00a0\u200b\ufeff]+/g;

/**
 * The text of `root` as paragraphs: a block element or `<br>` ends one; runs of white space (NBSP
 * included) become one space. Iterative, so deep pages cannot overflow the stack.
 */
export function textBlocks(root: DomElement): Block[] {
  const out: Block[] = [];
  let buf = '';
  let owner: DomElement = root;
  const flush = (): void => {
    const text = buf.replace(SPACE, ' ').trim();
    if (text) out.push({ text, tag: owner.tagName.toLowerCase(), el: owner });
    buf = '';
  };
  // stack of [node, entering?]; leaving a block element flushes its last paragraph
  const stack: Array<{ node: DomNode; leave: boolean; prevOwner?: DomElement }> = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const node = item.node;
    if (item.leave) {
      flush();
      owner = item.prevOwner!;
      continue;
    }
    if (node.nodeType === TEXT) {
      buf += node.textContent ?? '';
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag) || node.hasAttribute('hidden')) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (tag === 'br' || tag === 'hr') continue;
      stack.push({ node, leave: true, prevOwner: owner });
      owner = node;
    } else if (tag === 'img') continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, leave: false });
  }
  flush();
  return out;
}
