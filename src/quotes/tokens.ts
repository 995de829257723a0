// A small tokenizer for the text around a quote: words (with inner apostrophes, hyphens and
// dots, so `U.S`, `al-Abadi`, `Iran’s` stay whole), the two-character marks '' and ``, and any
// other non-space character on its own. Hand-written over char codes: it runs over every
// article, and a regex plus a substring per token was the quote stage's largest cost.
import { isWordUnit } from '../word-runs.js';

export type TokKind = 'word' | 'punct';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokKind;
  /** Whether the token opens with an upper-case letter (`/^\p{Lu}/u`). */
  readonly upper: boolean;
  /** The token's first code unit, read without cutting its text. */
  readonly first: number;
  /** A word of ASCII letters and digits only; `hash` is then wordHash (word-runs.ts) of its lower case. */
  readonly plain: boolean;
  readonly hash: number;
}

// Most tokens of an article are never looked at closely: their text is cut only when asked.
class LazyTok implements Tok {
  private cut: string | undefined;
  private lowered: string | undefined;
  constructor(private readonly src: string, readonly start: number, readonly end: number, readonly kind: TokKind, readonly plain: boolean, readonly hash: number) {}
  get text(): string {
    return (this.cut ??= this.src.slice(this.start, this.end));
  }
  get lower(): string {
    if (this.lowered === undefined) {
      // Most words are ASCII with no capital: their own lower case, without a call to toLowerCase.
      let plain = true;
      for (let i = this.start; i < this.end && plain; i++) {
        const c = this.src.charCodeAt(i);
        plain = c < 128 && !(c >= 65 && c <= 90);
      }
      this.lowered = plain ? this.text : this.text.toLowerCase();
    }
    return this.lowered;
  }
  get first(): number {
    return this.src.charCodeAt(this.start);
  }
  get upper(): boolean {
    // An ASCII first character answers without cutting the token's text.
    const c = this.src.charCodeAt(this.start);
    return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(this.text);
  }
}

const UPPER_FIRST = /^\p{Lu}/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38; // ' ’ - . &

/** Code units of the letter or digit at i (2 for an astral one), or 0 when it is neither. */
function wordUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  return isWordUnit(c) ? 1 : 0;
}

// Per BMP code unit above 127: 0 not yet known, 1 white space (what /\s/ matches), 2 not.
const space = new Uint8Array(0x10000);
function isWideSpace(c: number): boolean {
  let k = space[c];
  if (k === 0) space[c] = k = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** The tokens of one text as boundaries only: the Tok objects are made when a window asks for them. */
interface Scanned {
  text: string;
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 0 punctuation, 1 a word of ASCII letters and digits only, 2 any other word. */
  words: Uint8Array;
  /** For a word of kind 1, wordHash (word-runs.ts) of its lower case: looked up in a table of
   * hashes, most words are told from a list's without cutting their text. */
  hashes: Int32Array;
  toks: (Tok | undefined)[];
}

// Only one article is scanned at a time (see tokenize): its bounds go in buffers kept for the next.
// (Room for the tokens of a long article, some 80,000 characters: buffers grown in optimised code
// deoptimised scan.)
const ROOM = 16384;
let starts = new Int32Array(ROOM), ends = new Int32Array(ROOM), words = new Uint8Array(ROOM), hashes = new Int32Array(ROOM);

function scan(text: string): Scanned {
  const len = text.length;
  let cap = starts.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && isWideSpace(c))) {
      i++;
      continue;
    }
    const start = i;
    let u = wordUnit(text, i);
    let word = 0, hash = 0;
    if (u) {
      // (`| 32` lower-cases an ASCII letter and keeps a digit.)
      let plain = c < 128;
      hash = c | 32;
      i += u;
      for (;;) {
        for (;;) {
          const d = text.charCodeAt(i);
          // (One `i +=` for an ASCII unit and any other: optimised code first taking a branch of its
          // own for the rarer letters outside ASCII deoptimised scan.)
          u = 0;
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
            hash = (Math.imul(hash, 31) + (d | 32)) | 0;
            u = 1;
          } else if (d > 127 && (u = wordUnit(text, i))) plain = false;
          if (u === 0) break;
          i += u;
        }
        // (Not past the text's end: a read there deoptimises scan.)
        if (i + 1 < len && isJoiner(text.charCodeAt(i)) && wordUnit(text, i + 1)) {
          plain = false;
          i++;
        } else break;
      }
      word = plain ? 1 : 2;
    } else {
      // '' and `` are one token, a character outside the BMP (a high surrogate first) two units.
      // (Every test is made for every mark: a test first made in optimised code deoptimises scan.)
      const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      const paired = next === c, quoteLike = c === 39 || c === 96, high = (c & 0xfc00) === 0xd800;
      i += (paired && quoteLike) || high ? 2 : 1;
    }
    if (n === cap) {
      cap *= 2;
      const s = new Int32Array(cap), e = new Int32Array(cap), w = new Uint8Array(cap), h = new Int32Array(cap);
      s.set(starts);
      e.set(ends);
      w.set(words);
      h.set(hashes);
      [starts, ends, words, hashes] = [s, e, w, h];
    }
    starts[n] = start;
    ends[n] = i;
    words[n] = word;
    hashes[n] = hash;
    n++;
  }
  return { text, n, starts, ends, words, hashes, toks: new Array<Tok | undefined>(n) };
}

/** The first token index whose start is at or after pos. */
function firstAt(s: Scanned, pos: number): number {
  let lo = 0, hi = s.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The quote stage asks for many windows of the same article: scan it once, then look up.
let cached: Scanned | null = null;

function scanned(text: string): Scanned {
  if (cached?.text !== text) cached = scan(text);
  // Equal text in another string object (the same article twice) compares character by character:
  // keep the caller's object so the next calls compare by reference.
  else cached.text = text;
  return cached;
}

/** Every token of a text as bounds, kinds and hashes, for a pass over all of them without
 * a Tok each. Valid until another text is tokenized: the buffers are reused. */
export type TokenBounds = Readonly<Pick<Scanned, 'n' | 'starts' | 'ends' | 'words' | 'hashes'>>;
export const tokenBounds = (text: string): TokenBounds => scanned(text);

/** Tokens lying wholly inside text[from, to). The same position gives the same Tok object. */
export function tokenize(text: string, from: number, to: number): Tok[] {
  const s = scanned(text);
  const i = firstAt(s, from);
  let j = firstAt(s, to);
  while (j > i && s.ends[j - 1] > to) j--;
  const out: Tok[] = new Array(j > i ? j - i : 0);
  for (let k = i; k < j; k++) out[k - i] = s.toks[k] ??= new LazyTok(text, s.starts[k], s.ends[k], s.words[k] ? 'word' : 'punct', s.words[k] === 1, s.hashes[k]);
  return out;
}

export const isCapitalized = (t: Tok): boolean => t.kind === 'word' && t.upper;

const LY_ADVERB = /^\p{Ll}+ly$/u;
/** `/^\p{Ll}+ly$/u` on the token's text (`publicly`, `newly`): the regex is tried only on words ending in ly. */
export const isLyAdverb = (t: Tok): boolean => t.text.endsWith('ly') && LY_ADVERB.test(t.text);

/** A quotation mark of any kind, straight, curly or doubled (`''`, as some archives write them). */
export const isQuoteMark = (t: Tok) => /^(?:[“”"„«»‘’'`]|''|``)$/.test(t.text);
