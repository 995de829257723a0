// A regex alternation of many phrases factored as a trie (`a(?:xis|nti-…)`): irregexp tries plain
// alternatives one by one at every position, so a flat list of hundreds of phrases is several
// times slower. Each phrase is a list of regex atoms (a character, or a class such as `\s+`).

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longer continuations come first and `(?:…|)` lets a phrase end at a node, so where one phrase
 *  is a prefix of another the longer one wins, as in a flat list sorted longest first. */
export function trieSource(phrases: string[][]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const atoms of phrases) {
    let node = root;
    for (const atom of atoms) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.children].map(([atom, child]) => atom + emit(child));
    if (!alts.length) return '';
    if (alts.length === 1 && !node.end) return alts[0];
    return `(?:${alts.join('|')}${node.end ? '|' : ''})`;
  };
  return emit(root);
}
