import type { Diagnostic } from '../types.js';

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

// A byte-order mark marks the encoding, not a character of the text: the decoders drop it, so a
// file with one gives the same text and offsets as the same file without.
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF included), or -1. Only run once decoding has failed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong forms
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hex = (b: number | undefined) => (b === undefined ? '' : ` (0x${b.toString(16).padStart(2, '0')})`);

/** Bytes of a text file to a string, or why they are not text: NUL bytes, invalid UTF-8, empty. */
export function decodeText(bytes: Uint8Array, path: string, line?: number): Decoded {
  const source = line === undefined ? { path } : { path, line };
  const fail = (code: string, message: string): Decoded => ({ ok: false, diagnostic: { severity: 'error', code, message, source } });
  if (bytes.length === 0) return fail('empty', 'empty input');
  const bom = utf16Bom(bytes);
  if (!bom && bytes.includes(0)) {
    const guess = utf16WithoutBom(bytes);
    if (guess) return fail('utf16-without-bom', `looks like ${guess} text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)`);
    return fail('binary', 'binary data (NUL bytes): not a text file');
  }
  let text: string;
  try {
    text = (bom ? utf16[bom] : decoder).decode(bytes);
  } catch {
    if (bom) return fail('invalid-utf16', `not valid ${bom} after its byte-order mark`);
    const at = firstInvalidUtf8(bytes);
    const of = line === undefined ? '' : ' of the line';
    return fail('invalid-utf8', `not valid UTF-8 at byte offset ${at}${of}${hex(bytes[at])}`);
  }
  if (text.trim().length === 0) return fail('empty', 'input holds only white space');
  return { ok: true, text };
}

// UTF-16 (what Windows tools call "Unicode") is read when a byte-order mark says so.
const utf16 = {
  'UTF-16LE': new TextDecoder('utf-16le', { fatal: true }),
  'UTF-16BE': new TextDecoder('utf-16be', { fatal: true }),
};

export function utf16Bom(bytes: Uint8Array): keyof typeof utf16 | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** UTF-16 of mostly Latin text has a NUL in nearly every other byte: at odd offsets (LE) or
 * even ones (BE), and never on the other side. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  const most = Math.max(2, 0.75 * (n / 2));
  if (odd >= most && even === 0) return 'UTF-16LE';
  if (even >= most && odd === 0) return 'UTF-16BE';
  return null;
}
