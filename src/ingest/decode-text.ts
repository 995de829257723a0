import type { Diagnostic } from '../types.js';

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

// `ignoreBOM: true` keeps a byte-order mark in the text: offsets are into the text exactly as
// read, so nothing is removed (a BOM is one UTF-16 unit at offset 0; stages treat it as space).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
    return fail('invalid-utf8', 'not valid UTF-8');
  }
  if (text.trim().length === 0) return fail('empty', 'input holds only white space');
  return { ok: true, text };
}
