import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { WARCParser } from 'warcio';
import type { InputItem } from '../types.js';
import { htmlItem } from './html-input.js';
import { decodePayload } from './http-payload.js';

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)/i;
/** The blank line after the HTTP headers, which their serialisation leaves out. */
const CRLF = 2;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** `<urn:uuid:1234-…>` → `1234-…`: the record's own id, without the URN wrapping. */
const recordId = (raw: string | null | undefined): string | null => raw?.replace(/^<|>$/g, '').replace(/^urn:uuid:/i, '') || null;

/**
 * The HTML `response` records of a WARC (`.warc` or `.warc.gz`, one gzip member per record, as
 * crawlers write them) as articles, read as a stream: one record in memory at a time. Each takes
 * its id from WARC-Record-ID and its url from WARC-Target-URI; other records are skipped. A
 * truncated or corrupt record becomes a diagnostic; in a `.warc.gz` reading goes on at the next
 * gzip member.
 */
export async function* readWarc(path: string): AsyncGenerator<InputItem> {
  const source = { path };
  const gz = /\.gz$/i.test(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    yield problem(path, 0, `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'unreadable-path');
    return;
  }
  let index = 0;
  let pages = 0;
  for (let start = 0; start < size; ) {
    const stream = createReadStream(path, { start });
    const parser = new WARCParser(stream);
    let failure: string | null = null;
    let reported = false;
    try {
      for await (const record of parser) {
        index++;
        if (record.warcType !== 'response') continue;
        const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
        if (!HTML_TYPE.test(contentType ?? '')) continue;
        const url = record.warcTargetURI ?? undefined;
        const id = recordId(record.warcHeader('WARC-Record-ID')) ?? `${path}#${index}`;
        const raw = await record.readFully(false);
        // a cut-off archive ends the last record early without an error from the parser
        const want = record.warcContentLength - Buffer.byteLength(record.httpHeaders?.toString() ?? '') - CRLF;
        if (raw.length < want) {
          reported = true;
          yield problem(path, index, `record ${index} (${url ?? id}) is truncated: ${raw.length} of ${want} payload bytes`, 'warc-truncated');
          continue;
        }
        const payload = decodePayload(raw, record.httpHeaders?.headers);
        if (!payload.ok) {
          yield problem(path, index, `record ${index} (${url ?? id}): ${payload.message}`);
          continue;
        }
        pages++;
        yield htmlItem(payload.bytes, { id, path: `${path}#${url ?? id}`, ...(url ? { url } : {}), contentType });
      }
    } catch (e) {
      failure = (e as Error).message;
    } finally {
      stream.destroy();
    }
    const stoppedAt = start + parser.offset;
    if (failure === null && stoppedAt >= size) break;
    if (!reported || failure) yield problem(path, index, `cannot read the record at byte ${stoppedAt}${failure ? ` (${failure})` : ''}: corrupt or truncated`);
    const next = gz ? await findBytes(path, GZIP_MAGIC, stoppedAt + 1) : -1;
    if (next < 0) break;
    start = next;
  }
  if (pages === 0 && index > 0) {
    yield { kind: 'unreadable', id: `${path}`, source, diagnostics: [{ severity: 'warning', code: 'warc-no-pages', message: `no HTML response record among ${index} records`, source }] };
  }
}

function problem(path: string, index: number, message: string, code = 'warc-corrupt'): InputItem {
  const source = { path };
  return { kind: 'unreadable', id: `${path}#${index}`, source, diagnostics: [{ severity: 'error', code, message, source }] };
}

/** Offset of the first occurrence of `needle` at or after `from`, streaming the file; -1 when none. */
async function findBytes(path: string, needle: Buffer, from: number): Promise<number> {
  let carry: Buffer = Buffer.alloc(0);
  let base = from;
  for await (const chunk of createReadStream(path, { start: from })) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const at = buf.indexOf(needle);
    if (at >= 0) return base + at;
    const keep = Math.min(buf.length, needle.length - 1);
    carry = buf.subarray(buf.length - keep);
    base += buf.length - keep;
  }
  return -1;
}
