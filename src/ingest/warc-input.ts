import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { InputItem } from '../types.js';
import { fsProblem } from './fs-problem.js';
import { gzipMembers } from './gzip-members.js';
import { htmlItem } from './html-input.js';
import { decodePayload, httpMessage } from './http-payload.js';
import { warcRecords, type WarcProblem, type WarcRecord } from './warc-records.js';

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)/i;

/** `<urn:uuid:1234-…>` → `1234-…`: the record's own id, without the URN wrapping. */
const recordId = (raw: string | undefined): string | null => raw?.replace(/^<|>$/g, '').replace(/^urn:uuid:/i, '') || null;

/**
 * The HTML `response` records of a WARC (`.warc` or `.warc.gz`, one gzip member per record, as
 * crawlers write them) as articles, read as a stream: one record in memory at a time. Each takes
 * its id from WARC-Record-ID and its url from WARC-Target-URI; other records are skipped. A
 * truncated or corrupt record, a damaged gzip member and a wrong Content-Length are error
 * diagnostics naming the record's number and byte offset, and reading goes on at the next record.
 * `stdin`, when given, is read instead of the file (an uncompressed WARC).
 */
export async function* readWarc(path: string, stdin?: AsyncIterable<Buffer>): AsyncGenerator<InputItem> {
  let size: number;
  try {
    size = stdin ? Infinity : (await stat(path)).size;
  } catch (e) {
    yield problem(path, 0, `cannot read the archive: ${fsProblem(e)}`, 'unreadable-path');
    return;
  }
  if (size === 0) {
    yield problem(path, 0, 'empty file: no WARC records', 'empty');
    return;
  }
  let number = 0;
  let records = 0;
  let pages = 0;
  const read = async function* (chunks: AsyncIterable<Buffer>, where: (offset: number) => string): AsyncGenerator<InputItem> {
    for await (const event of warcRecords(chunks)) {
      number++;
      if (event.kind === 'problem') {
        yield problem(path, number, `record ${number} ${where(event.offset)}: ${event.message}`, event.code);
        continue;
      }
      records++;
      const item = pageOf(event, path, number, where);
      if (item?.kind === 'article') pages++;
      if (item) yield item;
    }
  };
  // A file that cannot be read (a folder, a disk error) is one problem, not a crash; a gzip member
  // that cannot be unpacked loses only itself.
  const unreadable = (e: unknown) => typeof (e as NodeJS.ErrnoException)?.code === 'string' && (e as NodeJS.ErrnoException).code!.startsWith('E');
  try {
    if (stdin || !/\.gz$/i.test(path)) {
      yield* read(stdin ?? createReadStream(path), (offset) => `at byte ${offset}`);
    } else {
      for await (const part of gzipMembers(path)) {
        if (part.kind === 'junk') {
          yield problem(path, number, `bytes ${part.offset}–${part.end} after a gzip member are not gzip; skipped`, 'warc-corrupt');
          continue;
        }
        try {
          yield* read(part.chunks, (offset) => `in the gzip member at byte ${part.offset}${offset > 0 ? ` (+${offset})` : ''}`);
        } catch (e) {
          if (unreadable(e)) throw e;
          number++;
          yield problem(path, number, `record ${number}: the gzip member at byte ${part.offset} is damaged or cut off (${(e as Error).message}); read on at the next member`, 'warc-corrupt');
        }
      }
    }
  } catch (e) {
    if (!unreadable(e)) throw e;
    yield problem(path, number, `cannot read the archive: ${fsProblem(e)}`, 'unreadable-path');
    return;
  }
  if (pages === 0 && records > 0) {
    const source = { path };
    yield { kind: 'unreadable', id: path, source, diagnostics: [{ severity: 'warning', code: 'warc-no-pages', message: `no HTML response record among ${records} records`, source }] };
  }
}

/** An HTML response record as an article (or a diagnostic); null for any other record. */
function pageOf(record: WarcRecord, path: string, number: number, where: (offset: number) => string): InputItem | null {
  if (record.headers.get('warc-type') !== 'response') return null;
  const http = httpMessage(record.block);
  const contentType = http?.headers.get('content-type') ?? null;
  if (!http || !HTML_TYPE.test(contentType ?? '')) return null;
  const url = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') || undefined;
  const id = recordId(record.headers.get('warc-record-id')) ?? `${path}#${number}`;
  const payload = decodePayload(http.body, http.headers);
  if (!payload.ok) return problem(path, number, `record ${number} ${where(record.offset)} (${url ?? id}): ${payload.message}`);
  return htmlItem(payload.bytes, { id, path: `${path}#${url ?? id}`, ...(url ? { url } : {}), contentType });
}

function problem(path: string, number: number, message: string, code: WarcProblem['code'] | 'empty' | 'unreadable-path' = 'warc-corrupt'): InputItem {
  const source = { path };
  return { kind: 'unreadable', id: `${path}#${number}`, source, diagnostics: [{ severity: 'error', code, message, source }] };
}
