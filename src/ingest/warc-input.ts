import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Diagnostic, InputItem } from '../types.js';
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
 * A response that is no page (an HTTP status other than 2xx: a redirect, `404 Not Found`) is skipped
 * with an info note; a second capture of a URL, or of the same page bytes under another URL, with a
 * warning naming the capture kept (the first). These notes go with the next item read, like a
 * folder's skipped files. `stdin`, when given, is read instead of the file (an uncompressed WARC).
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
  const seen: Seen = { urls: new Map(), pages: new Map() };
  let notes: Diagnostic[] = [];
  const withNotes = (item: InputItem): InputItem => {
    item.diagnostics.unshift(...notes);
    notes = [];
    return item;
  };
  const read = async function* (chunks: AsyncIterable<Buffer>, where: (offset: number) => string): AsyncGenerator<InputItem> {
    for await (const event of warcRecords(chunks)) {
      number++;
      if (event.kind === 'problem') {
        yield withNotes(problem(path, number, `record ${number} ${where(event.offset)}: ${event.message}`, event.code));
        continue;
      }
      records++;
      const item = pageOf(event, path, number, where, seen);
      if (item?.kind === 'note') notes.push(item.note);
      else if (item) {
        if (item.kind === 'article') pages++;
        yield withNotes(item);
      }
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
          yield withNotes(problem(path, number, `bytes ${part.offset}–${part.end} after a gzip member are not gzip; skipped`, 'warc-corrupt'));
          continue;
        }
        try {
          yield* read(part.chunks, (offset) => `in the gzip member at byte ${part.offset}${offset > 0 ? ` (+${offset})` : ''}`);
        } catch (e) {
          if (unreadable(e)) throw e;
          number++;
          yield withNotes(problem(path, number, `record ${number}: the gzip member at byte ${part.offset} is damaged or cut off (${(e as Error).message}); read on at the next member`, 'warc-corrupt'));
        }
      }
    }
  } catch (e) {
    if (!unreadable(e)) throw e;
    yield withNotes(problem(path, number, `cannot read the archive: ${fsProblem(e)}`, 'unreadable-path'));
    return;
  }
  const source = { path };
  if (pages === 0 && records > 0) notes.push({ severity: 'warning', code: 'warc-no-pages', message: `no HTML response record among ${records} records`, source });
  if (notes.length > 0) yield { kind: 'unreadable', id: path, source, diagnostics: notes };
}

/** The first capture of each URL and of each page's bytes (by digest), as `record N (id)`. */
interface Seen {
  urls: Map<string, string>;
  pages: Map<string, string>;
}

/** `HTTP/1.1 404 Not Found` → `404 Not Found`; null for a success (2xx) or a status line not read. */
function failedStatus(statusLine: string): string | null {
  const m = /^HTTP\/\S+\s+(\d{3})\b\s*(.*)$/i.exec(statusLine);
  return m && !m[1]!.startsWith('2') ? `${m[1]} ${m[2]}`.trim() : null;
}

/** An HTML response record as an article (or a diagnostic, or a note on why it was skipped); null
 * for any other record. */
function pageOf(record: WarcRecord, path: string, number: number, where: (offset: number) => string, seen: Seen): InputItem | { kind: 'note'; note: Diagnostic } | null {
  if (record.headers.get('warc-type') !== 'response') return null;
  const http = httpMessage(record.block);
  const contentType = http?.headers.get('content-type') ?? null;
  if (!http || !HTML_TYPE.test(contentType ?? '')) return null;
  const url = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') || undefined;
  const id = recordId(record.headers.get('warc-record-id')) ?? `${path}#${number}`;
  const source = { path: `${path}#${url ?? id}` };
  const note = (severity: Diagnostic['severity'], code: string, message: string) => ({ kind: 'note' as const, note: { severity, code, message: `record ${number}: ${message}`, source } });
  const status = failedStatus(http.status);
  if (status) return note('info', 'warc-http-status', `HTTP ${status}; skipped`);
  const payload = decodePayload(http.body, http.headers);
  if (!payload.ok) return problem(path, number, `record ${number} ${where(record.offset)} (${url ?? id}): ${payload.message}`);
  const digest = createHash('sha1').update(payload.bytes).digest('hex');
  const sameUrl = url ? seen.urls.get(url) : undefined;
  const samePage = seen.pages.get(digest);
  if (sameUrl) return note('warning', 'warc-duplicate', `a second capture of ${url}; kept the first, ${sameUrl}, and skipped this one`);
  if (samePage) return note('warning', 'warc-duplicate', `the same page as ${samePage}; kept that one and skipped this one`);
  if (url) seen.urls.set(url, `record ${number} (id ${id})`);
  seen.pages.set(digest, `record ${number} (${url ? `${url}, ` : ''}id ${id})`);
  return htmlItem(payload.bytes, { id, path: source.path, ...(url ? { url } : {}), contentType });
}

function problem(path: string, number: number, message: string, code: WarcProblem['code'] | 'empty' | 'unreadable-path' = 'warc-corrupt'): InputItem {
  const source = { path };
  return { kind: 'unreadable', id: `${path}#${number}`, source, diagnostics: [{ severity: 'error', code, message, source }] };
}
