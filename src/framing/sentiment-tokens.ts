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

/** The summed score and the number of tokens of `text` (already lower-cased). */
export function scorePieces(text: string, labels: ReadonlyMap<string, number>, negators: ReadonlySet<string>): { score: number; tokens: number } {
  let score = 0;
  let count = 0;
  const tokens: string[] = [];
  let pieceStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; ) {
    let breakEnd = -1;
    if (i === n) breakEnd = n;
    else {
      const c = text.charCodeAt(i);
      if (isPieceBreak(c)) {
        breakEnd = i + 1;
        while (breakEnd < n && isPieceBreak(text.charCodeAt(breakEnd))) breakEnd++;
      } else if (isSpace(c) && i + 2 < n && text.charCodeAt(i + 1) === 45 && isSpace(text.charCodeAt(i + 2))) breakEnd = i + 3;
    }
    if (breakEnd < 0) {
      i++;
      continue;
    }
    tokens.length = 0;
    tokenize(text, pieceStart, i, tokens);
    let pieceScore = 0;
    // From the last token to the first, as the package sums.
    for (let t = tokens.length - 1; t >= 0; t--) {
      const value = labels.get(tokens[t]);
      if (value === undefined) continue;
      let negated = false;
      for (let k = t - 1; k >= 0 && k >= t - NEGATION_REACH; k--) {
        if (negators.has(tokens[k])) {
          negated = true;
          break;
        }
      }
      pieceScore += negated ? -value : value;
    }
    score += pieceScore;
    count += tokens.length;
    if (i === n) break;
    pieceStart = i = breakEnd;
  }
  return { score, tokens: count };
}

/** Pushes the package's tokens of text[from, to) (none for a blank piece). */
function tokenize(text: string, from: number, to: number, out: string[]): void {
  let tokenStart = -1;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    const space = isTokenBreak(c) || isSpace(c);
    if (!space) {
      if (tokenStart < 0) tokenStart = i;
      i++;
      continue;
    }
    // A run of whitespace (and characters read as spaces).
    let end = i + 1;
    while (end < to && (isTokenBreak(text.charCodeAt(end)) || isSpace(text.charCodeAt(end)))) end++;
    const inside = tokenStart >= 0 && end < to && end - i === 1 && c !== 32 && !isTokenBreak(c);
    if (!inside && tokenStart >= 0) {
      out.push(text.slice(tokenStart, i));
      tokenStart = -1;
    }
    i = end;
  }
  if (tokenStart >= 0) out.push(text.slice(tokenStart, to));
}
