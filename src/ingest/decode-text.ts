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
    return bom ? fail('invalid-utf16', `not valid ${bom} after its byte-order mark`) : fail('invalid-utf8', 'not valid UTF-8');
  }
  if (text.trim().length === 0) return fail('empty', 'input holds only white space');
  return { ok: true, text };
}

// UTF-16 (what Windows tools call "Unicode") is read when a byte-order mark says so; the mark is
// kept, like UTF-8's, as one unit at offset 0.
const utf16 = {
  'UTF-16LE': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'UTF-16BE': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

function utf16Bom(bytes: Uint8Array): keyof typeof utf16 | null {
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
