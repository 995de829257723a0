import type { Diagnostic } from '../types.js';
import { utf16Bom } from './decode-text.js';
import { decodeWindows1252 } from './windows-1252.js';

/** `charset=` in a Content-Type header or a `<meta>` near the top of the page. */
const CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** The HTML standard sniffs the first 1024 bytes for the `<meta charset>`. */
const SNIFF_BYTES = 1024;

/**
 * An HTML page's bytes as text: a byte-order mark (UTF-8 or UTF-16), then the HTTP header's
 * charset, then the page's `<meta charset>`, else UTF-8; labels as the WHATWG Encoding standard
 * defines them. A page that declares no charset and is not valid UTF-8 is read as windows-1252, as
 * browsers read it, with an info note. Bytes invalid in a declared encoding become U+FFFD with a
 * warning (pages are often a little broken; their text is still worth reading).
 */
export function decodeHtml(bytes: Uint8Array, path: string, httpContentType?: string | null): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : utf16Bom(bytes)?.toLowerCase();
  const declared = bom ?? httpContentType?.match(CHARSET)?.[1] ?? head.match(/<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)(?=["'\s;/>])/i)?.[1] ?? null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8', { fatal: true });
  } catch {
    diagnostics.push({ severity: 'warning', code: 'unknown-charset', message: `unknown charset "${declared}"; read as UTF-8`, source: { path } });
    decoder = new TextDecoder('utf-8', { fatal: true });
  }
  // Node's decoder reads windows-1252 (also what `iso-8859-1` and `latin1` name on the web) as
  // ISO-8859-1, turning curly quotes into C1 controls.
  if (decoder.encoding === 'windows-1252') return { text: decodeWindows1252(bytes), diagnostics };
  try {
    return { text: decoder.decode(bytes), diagnostics };
  } catch {
    if (declared === null) {
      diagnostics.push({ severity: 'info', code: 'charset-guessed', message: 'no charset declared and not valid UTF-8; read as windows-1252, as browsers do', source: { path } });
      return { text: decodeWindows1252(bytes), diagnostics };
    }
    diagnostics.push({ severity: 'warning', code: 'invalid-encoding', message: `bytes invalid in ${decoder.encoding} were replaced`, source: { path } });
    return { text: new TextDecoder(decoder.encoding).decode(bytes), diagnostics };
  }
}
