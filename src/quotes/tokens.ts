// A small tokenizer for the text around a quote: words (with inner apostrophes, hyphens and
// dots, so `U.S`, `al-Abadi`, `Iran’s` stay whole), quote marks and other punctuation.
import { firstStartingAt } from '../spans.js';

export type TokKind = 'word' | 'punct';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokKind;
}

const WORD_START = /[\p{L}\p{N}]/u;
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|''|``|\S/gu;

// Most tokens of an article are never looked at closely: lower-case them only when asked.
class LazyTok implements Tok {
  readonly end: number;
  private lowered: string | undefined;
  constructor(readonly text: string, readonly start: number, readonly kind: TokKind) {
    this.end = start + text.length;
  }
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }
}

// The quote stage asks for many windows of the same article: tokenize it once, then slice.
let cached: { text: string; toks: Tok[] } | null = null;

/** Tokens lying wholly inside text[from, to). */
export function tokenize(text: string, from: number, to: number): Tok[] {
  if (cached?.text !== text) cached = { text, toks: scan(text, 0, text.length) };
  const toks = cached.toks;
  const i = firstStartingAt(toks, from);
  let j = firstStartingAt(toks, to);
  while (j > i && toks[j - 1].end > to) j--;
  return toks.slice(i, j);
}

function scan(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII letters and digits decide most tokens without a Unicode test.
    const isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && WORD_START.test(t[0]));
    toks.push(new LazyTok(t, from + m.index, isWord ? 'word' : 'punct'));
  }
  return toks;
}

export const isCapitalized = (t: Tok): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
