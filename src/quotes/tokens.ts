// A small tokenizer for the text around a quote: words (with inner apostrophes, hyphens and
// dots, so `U.S`, `al-Abadi`, `Iran’s` stay whole), the two-character marks '' and ``, and any
// other non-space character on its own. Hand-written over char codes: it runs over every
// article, and a regex plus a substring per token was the quote stage's largest cost.
import { firstStartingAt } from '../spans.js';

export type TokKind = 'word' | 'punct';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokKind;
}

// Most tokens of an article are never looked at closely: their text is cut only when asked.
class LazyTok implements Tok {
  private cut: string | undefined;
  private lowered: string | undefined;
  constructor(private readonly src: string, readonly start: number, readonly end: number, readonly kind: TokKind) {}
  get text(): string {
    return (this.cut ??= this.src.slice(this.start, this.end));
  }
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const JOINERS = new Set([39, 0x2019, 45, 46, 38]); // ' ’ - . &

/** Code units of the letter or digit at i (2 for an astral one), or 0 when it is neither. */
function wordUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

function scan(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(text[i]))) {
      i++;
      continue;
    }
    const start = i;
    let u = wordUnit(text, i);
    if (u) {
      i += u;
      for (;;) {
        for (;;) {
          const d = text.charCodeAt(i);
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) i++;
          else if (d > 127 && (u = wordUnit(text, i))) i += u;
          else break;
        }
        if (JOINERS.has(text.charCodeAt(i)) && wordUnit(text, i + 1)) i++;
        else break;
      }
      toks.push(new LazyTok(text, start, i, 'word'));
      continue;
    }
    if ((c === 39 || c === 96) && text.charCodeAt(i + 1) === c) i += 2; // '' and ``
    else i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    toks.push(new LazyTok(text, start, i, 'punct'));
  }
  return toks;
}

// The quote stage asks for many windows of the same article: tokenize it once, then slice.
let cached: { text: string; toks: Tok[] } | null = null;

/** Tokens lying wholly inside text[from, to). */
export function tokenize(text: string, from: number, to: number): Tok[] {
  if (cached?.text !== text) cached = { text, toks: scan(text) };
  // Equal text in another string object (the same article twice) compares character by character:
  // keep the caller's object so the next calls compare by reference.
  else cached.text = text;
  const toks = cached.toks;
  const i = firstStartingAt(toks, from);
  let j = firstStartingAt(toks, to);
  while (j > i && toks[j - 1].end > to) j--;
  return toks.slice(i, j);
}

export const isCapitalized = (t: Tok): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
