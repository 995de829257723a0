import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

interface HeaderGetter {
  get(name: string): string | null | undefined;
}

/** An HTTP message (a WARC response block) split into its status line, its header fields (names in
 * lower case) and its body; null when the block holds no complete header. */
export function httpMessage(block: Buffer): { status: string; headers: Map<string, string>; body: Buffer } | null {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  const [end, gap] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : [lf, 2];
  if (end < 0) return null;
  const headers = new Map<string, string>();
  let last: string | null = null;
  const [status, ...lines] = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  for (const line of lines) last = addHeaderLine(headers, line, last);
  return { status: status!.trim(), headers, body: block.subarray(end + gap) };
}

/** Adds one `Name: value` line to `fields` (name in lower case; a line starting with white space
 * continues the field before) and returns the name of the field it added to. */
export function addHeaderLine(fields: Map<string, string>, line: string, last: string | null): string | null {
  if (/^[ \t]/.test(line) && last !== null) {
    fields.set(last, `${fields.get(last)} ${line.trim()}`);
    return last;
  }
  const colon = line.indexOf(':');
  if (colon <= 0) return last;
  const name = line.slice(0, colon).trim().toLowerCase();
  fields.set(name, line.slice(colon + 1).trim());
  return name;
}

/**
 * An HTTP response body as the server sent it to the bytes of the page: chunked transfer
 * coding undone, then gzip / deflate / br content coding. Crawlers often store bodies as sent.
 */
export function decodePayload(raw: Uint8Array, headers: HeaderGetter | undefined): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  let bytes = raw;
  try {
    if (/chunked/i.test(headers?.get('transfer-encoding') ?? '')) bytes = dechunk(bytes);
    const coding = (headers?.get('content-encoding') ?? '').trim().toLowerCase();
    if (coding === 'gzip' || coding === 'x-gzip') bytes = gunzipSync(bytes);
    else if (coding === 'deflate') bytes = inflateSync(bytes);
    else if (coding === 'br') bytes = brotliDecompressSync(bytes);
  } catch (e) {
    return { ok: false, message: `the page's content coding cannot be undone (${(e as Error).message})` };
  }
  return { ok: true, bytes };
}

/** `SIZE\r\nDATA\r\n…0\r\n\r\n` to DATA…; a body that is not chunked after all is returned as is. */
function dechunk(raw: Uint8Array): Uint8Array {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) return raw;
    const size = Number.parseInt(buf.subarray(at, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return raw;
    if (size === 0) break;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
