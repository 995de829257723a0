import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

interface HeaderGetter {
  get(name: string): string | null | undefined;
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
