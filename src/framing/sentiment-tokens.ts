// The `sentiment` package's scoring, done in one pass over a lower-cased clause instead of a split,
// five regex replacements and an array of tokens per piece. Same result, token for token (a test
// compares the two on random text): the clause is cut into pieces at /[.,;:!?()"\[\]—–]+|\s-\s/
// (negation never reaches across a piece), and each non-blank piece into the package's tokens:
// `\n` and [.,/#!?$%^&*;:{}=_`"~()] count as spaces, a run of two or more whitespace characters
// or a single ` ` separates tokens, and a lone other whitespace character (a no-break space
// between two letters) stays inside its token. A token in the table scores its value, negated
// when one of the NEGATION_REACH tokens before it in the piece is a negator.

/** A negator flips the words after it up to this many tokens (and never across a piece). */
export const NEGATION_REACH = 3;

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Ends a piece: . , ; : ! ? ( ) " [ ] — – */
const isPieceBreak = (c: number): boolean =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 34 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013;

/** What the package's tokenizer turns into a space (besides `\n`): / # $ % ^ & * { } = _ ` ~ (and
 *  the piece breaks, which never reach it). */
const isTokenBreak = (c: number): boolean =>
  c === 10 || c === 47 || c === 35 || c === 36 || c === 37 || c === 94 || c === 38 || c === 42 || c === 123 || c === 125 || c === 61 || c === 95 || c === 96 || c === 126;

// The three tests above as one table lookup per code unit (every character of every clause goes
// through them).
const PIECE_BREAK = 1;
const SPACE = 2;
const TOKEN_BREAK = 4;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = (isPieceBreak(c) ? PIECE_BREAK : 0) | (isSpace(c) ? SPACE : 0) | (isTokenBreak(c) ? TOKEN_BREAK : 0);

/** Slot of a word in a filter of 2^20 bits: from its length and its first, second, middle and last
 *  code units. Written twice, for a word's string and for a stretch of the clause buffer, so
 *  that neither call site goes through a function value. */
function mix(n: number, first: number, second: number, last: number, middle: number): number {
  let h = n;
  h = (h * 31 + first) | 0;
  h = (h * 31 + second) | 0;
  h = (h * 31 + last) | 0;
  h = (h * 31 + middle) | 0;
  return (h ^ (h >>> 15)) & 0xfffff;
}

function slotOfWord(w: string): number {
  const n = w.length;
  return mix(n, w.charCodeAt(0), w.charCodeAt(n > 1 ? 1 : 0), w.charCodeAt(n - 1), w.charCodeAt(n >> 1));
}

function slotOfUnits(u: Uint16Array, start: number, end: number): number {
  const n = end - start;
  return mix(n, u[start], u[n > 1 ? start + 1 : start], u[end - 1], u[start + (n >> 1)]);
}

/** A set of words as a filter: a word whose bit is clear is not in the set, and its text is never
 *  cut out of the clause to be looked up (nine words in ten score nothing, and most of them are
 *  passed over here). */
function filterOf(words: Iterable<string>): Uint32Array {
  const filter = new Uint32Array(0x100000 >> 5);
  for (const w of words) {
    if (!w) continue;
    const h = slotOfWord(w);
    filter[h >> 5] |= 1 << (h & 31);
  }
  return filter;
}

const filters = new WeakMap<object, Uint32Array>();
function cachedFilter(words: ReadonlyMap<string, number> | ReadonlySet<string>): Uint32Array {
  let f = filters.get(words);
  if (!f) filters.set(words, (f = filterOf(words.keys())));
  return f;
}

// The clause's code units, blanks applied, in one reused buffer: the scans below read a typed
// array instead of a string (a blanked clause is a concatenation, slow to index). The piece's
// tokens as [start, end) pairs go to another reused buffer.
// (Sized for any clause of news text: a buffer first grown after scorePieces was optimised
// deoptimised it.)
let units = new Uint16Array(1 << 16);
let bounds = new Int32Array(1 << 16);

function mayHave(filter: Uint32Array, u: Uint16Array, start: number, end: number): boolean {
  const h = slotOfUnits(u, start, end);
  return (filter[h >> 5] & (1 << (h & 31))) !== 0;
}

/**
 * The summed score and the number of tokens of text[from, to) (already lower-cased) with the
 * `hidden` spans read as spaces, as if each of their characters had been replaced by ` `.
 */
export function scorePieces(
  text: string,
  labels: ReadonlyMap<string, number>,
  negators: ReadonlySet<string>,
  from = 0,
  to = text.length,
  hidden: readonly { start: number; end: number }[] = [],
): { score: number; tokens: number } {
  const labelFilter = cachedFilter(labels);
  const negatorFilter = cachedFilter(negators);
  const n = Math.max(0, to - from);
  if (units.length < n) units = new Uint16Array(Math.max(n, units.length * 2));
  // A piece of n characters has at most (n + 1) / 2 tokens.
  if (bounds.length < n + 2) bounds = new Int32Array(Math.max(n + 2, bounds.length * 2));
  const u = units;
  const b = bounds;
  for (let i = 0; i < n; i++) u[i] = text.charCodeAt(from + i);
  for (const sp of hidden) {
    const e = Math.min(sp.end, to);
    for (let i = Math.max(sp.start, from); i < e; i++) u[i - from] = 32;
  }
  // A token never holds a blanked character (a space ends it), so its text is the text's own.
  let score = 0;
  let count = 0;
  let pieceStart = 0;
  for (let i = 0; i <= n; ) {
    let breakEnd = -1;
    if (i === n) breakEnd = n;
    else {
      const k = CLASS[u[i]];
      if (k & PIECE_BREAK) {
        breakEnd = i + 1;
        while (breakEnd < n && CLASS[u[breakEnd]] & PIECE_BREAK) breakEnd++;
      } else if (k & SPACE && i + 2 < n && u[i + 1] === 45 && CLASS[u[i + 2]] & SPACE) breakEnd = i + 3;
    }
    if (breakEnd < 0) {
      i++;
      continue;
    }
    const length = tokenize(u, pieceStart, i, b);
    let pieceScore = 0;
    // From the last token to the first, as the package sums.
    for (let t = length - 2; t >= 0; t -= 2) {
      const s = b[t];
      const e = b[t + 1];
      if (!mayHave(labelFilter, u, s, e)) continue;
      const value = labels.get(text.slice(from + s, from + e));
      if (value === undefined) continue;
      let negated = false;
      for (let k = t - 2; k >= 0 && k >= t - 2 * NEGATION_REACH; k -= 2) {
        if (mayHave(negatorFilter, u, b[k], b[k + 1]) && negators.has(text.slice(from + b[k], from + b[k + 1]))) {
          negated = true;
          break;
        }
      }
      pieceScore += negated ? -value : value;
    }
    score += pieceScore;
    count += length >> 1;
    if (i === n) break;
    pieceStart = i = breakEnd;
  }
  return { score, tokens: count };
}

/** Writes the start and end of each of the package's tokens of u[from, to) (none for a blank
 *  piece) to out from index 0; returns how many numbers it wrote. */
function tokenize(u: Uint16Array, from: number, to: number, out: Int32Array): number {
  let length = 0;
  let tokenStart = -1;
  for (let i = from; i < to; ) {
    const c = u[i];
    if (!(CLASS[c] & (SPACE | TOKEN_BREAK))) {
      if (tokenStart < 0) tokenStart = i;
      i++;
      continue;
    }
    // A run of whitespace (and characters read as spaces).
    let end = i + 1;
    while (end < to && CLASS[u[end]] & (SPACE | TOKEN_BREAK)) end++;
    const inside = tokenStart >= 0 && end < to && end - i === 1 && c !== 32 && !(CLASS[c] & TOKEN_BREAK);
    if (!inside && tokenStart >= 0) {
      out[length++] = tokenStart;
      out[length++] = i;
      tokenStart = -1;
    }
    i = end;
  }
  if (tokenStart >= 0) {
    out[length++] = tokenStart;
    out[length++] = to;
  }
  return length;
}
