import type { Diagnostic } from '../types.js';

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

// `ignoreBOM: true` keeps a byte-order mark in the text: offsets are into the text exactly as
// read, so nothing is removed (a BOM is one UTF-16 unit at offset 0; stages treat it as space).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
  if (bytes.includes(0)) return fail('binary', 'binary data (NUL bytes): not a text file');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const of = line === undefined ? '' : ' of the line';
    return fail('invalid-utf8', `not valid UTF-8 at byte offset ${at}${of}${hex(bytes[at])}`);
  }
  if (text.trim().length === 0) return fail('empty', 'input holds only white space');
  return { ok: true, text };
}
