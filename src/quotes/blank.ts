// White space tested over char codes, for checks that would otherwise cut a slice of the text
// (possibly a long one) only to run an anchored regex over it.
const SPACE = /\s/;
// Per BMP code unit: 0 not yet known, 1 white space (what /\s/ matches), 2 not.
const space = new Uint8Array(0x10000);

/** Whether the code unit c is what /\s/ matches (false for NaN, past the text's end). */
export function isSpaceCode(c: number): boolean {
  if (c === 32) return true;
  if (!(c >= 0)) return false;
  let k = space[c];
  if (k === 0) space[c] = k = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** `/^\s*$/.test(text.slice(from, to))`, without the slice. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from, end = Math.min(to, text.length); i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** `/^[\s"“‘']*$/.test(text.slice(from, to))`: nothing but spaces and opening quotation marks. */
export function isBlankOrOpeners(text: string, from: number, to: number): boolean {
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 0x201c && c !== 0x2018 && c !== 39 && !isSpaceCode(c)) return false;
  }
  return true;
}
