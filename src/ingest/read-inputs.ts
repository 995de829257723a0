import { createReadStream, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import type { Article, Diagnostic, InputItem } from '../types.js';
import { decodeText } from './decode-text.js';
import { fsProblem } from './fs-problem.js';
import { jsonlRecord, recordItem, withIdsAsWritten } from './jsonl-record.js';
import { readLines } from './read-lines.js';
import { isGzip, looksLikeHtml } from './sniff.js';
import { dateProblem, isoPublished } from '../stories/days.js';
import { asUtf8 } from './utf8-stream.js';
import { MANIFEST, missingFromManifest, readManifest, type ManifestEntry } from './manifest.js';
import { formatOf, unreadFormat } from './formats.js';
import { listFolder } from './folder-files.js';
import { isOwnOutput } from './own-output.js';
import { realPathOf } from './real-path.js';
// The web page, WARC and CSV readers (linkedom, Readability, csv-parse) are imported when
// an input needs them: loading them cost every run about 0.25 s before its first article.
const webPages = () => import('./html-input.js');
import type { ArticleField } from './export-fields.js';
import { mapColumns, normaliseExportRecord } from './export-fields.js';

export interface ReadOptions {
  /** Read for the path `-`. */
  stdin?: NodeJS.ReadableStream;
  /** CSV column names for article fields, over the names recognised by default. */
  columns?: Partial<Record<ArticleField, string>>;
  /** The --out file: skipped when a folder being read holds it. */
  output?: string;
  /** Told how many bytes of the input files were read: per record of JSON Lines, per file of
   *  the other formats (for a progress bar measured against the files' size). */
  onRead?: (bytes: number) => void;
}

const STDIN_ID = 'stdin';

const idOf = (path: string): string => basename(path, extname(path));

function unreadable(id: string, path: string, code: string, message: string): InputItem {
  const source = { path };
  return { kind: 'unreadable', id, source, diagnostics: [{ severity: 'error', code, message, source }] };
}

/**
 * Articles from text files, folders, JSON Lines (`.jsonl`) and JSON (`.json`) files and stdin
 * (`-`), yielded in input order. Bad input
 * (a missing path, binary or non-UTF-8 bytes, an empty file, a malformed JSONL line) is yielded as
 * `unreadable` with a diagnostic, and reading goes on. Texts are kept exactly as decoded (CRLF
 * included; a byte-order mark is no character and is dropped) so offsets are into the text as read.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for await (const item of readAll(paths, opts)) yield withUsableDate(item);
}

/** An article's date that is none (`2024-13-45`) or could be two days (`05/03/2024`) is left
 * out with a warning, rather than read as another day; one framelens reads is written in ISO 8601,
 * so a column of dates has one form. */
function withUsableDate(item: InputItem): InputItem {
  if (item.kind !== 'article' || !item.article.published) return item;
  const problem = dateProblem(item.article.published);
  if (problem === null) {
    item.article.published = isoPublished(item.article.published);
    return item;
  }
  const message = `the date ${JSON.stringify(item.article.published)} is left out: ${problem}`;
  item.diagnostics.push({ severity: 'warning', code: 'unusable-date', message, source: item.article.source ?? { path: item.article.id } });
  delete item.article.published;
  return item;
}

async function* readAll(paths: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  const besideNamed = new ManifestsBeside();
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, opts);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield unreadable(idOf(path), path, 'unreadable-path', fsProblem(e));
      continue;
    }
    if (info.isDirectory()) {
      yield* readFolder(path, opts);
      continue;
    }
    // A file named by itself (`compare man/*.txt`) takes its entry in the manifest beside it.
    const { meta, diagnostics } = await besideNamed.entryOf(path);
    for await (const item of readFileInput(path, opts, meta)) {
      item.diagnostics.unshift(...diagnostics.splice(0));
      yield item;
    }
  }
}

/** The manifests beside files named one by one, each read once; its problems come with the first
 * file read from its folder. */
class ManifestsBeside {
  private readonly read = new Set<string>();
  private readonly manifests = new Map<string, Map<string, ManifestEntry>>();

  async entryOf(path: string): Promise<{ meta: ManifestEntry | undefined; diagnostics: Diagnostic[] }> {
    const folder = dirname(path);
    let diagnostics: Diagnostic[] = [];
    if (!this.read.has(folder)) {
      this.read.add(folder);
      const manifest = await readManifest(folder);
      this.manifests.set(folder, manifest.entries);
      diagnostics = [...manifest.diagnostics, ...missingFromManifest(folder, manifest.entries)];
    }
    return { meta: this.manifests.get(folder)!.get(basename(path)), diagnostics };
  }
}

/**
 * A folder and its subfolders (symbolic links followed, loops skipped): the files of formats
 * framelens reads, each with its manifest entry; other files are skipped with a warning.
 */
async function* readFolder(dir: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  let listing;
  try {
    listing = await listFolder(dir, unreadFormat, (name) => name === MANIFEST, opts.output === undefined ? undefined : realPathOf(opts.output));
  } catch (e) {
    yield unreadable(idOf(dir), dir, 'unreadable-path', `cannot list the folder: ${fsProblem(e)}`);
    return;
  }
  if (listing.files.length === 0) {
    const source = { path: dir };
    const empty: Diagnostic = { severity: 'error', code: 'empty', message: 'the folder holds no file framelens reads', source };
    yield { kind: 'unreadable', id: idOf(dir), source, diagnostics: [...listing.diagnostics, empty] };
    return;
  }
  const manifests = new Map<string, Awaited<ReturnType<typeof readManifest>>>();
  let pending: Diagnostic[] = listing.diagnostics; // reported with the next item
  const manifestOf = async (folder: string) => {
    let manifest = manifests.get(folder);
    if (!manifest) {
      manifest = await readManifest(folder);
      manifests.set(folder, manifest);
      pending = pending.concat(manifest.diagnostics, missingFromManifest(folder, manifest.entries));
    }
    return manifest;
  };
  for (const file of listing.files) {
    // (A report framelens wrote into the folder is no article: skipped, with a warning.)
    const format = formatOf(file.name);
    if ((format === 'text' || (format === 'html' && !/\.gz$/i.test(file.name))) && (await isOwnOutput(file.path))) {
      pending.push({ severity: 'warning', code: 'own-output', message: 'skipped: a report framelens wrote, not an article (write reports outside the article folder)', source: { path: file.path } });
      continue;
    }
    // The nearest manifest naming the file, by its path from that manifest's folder.
    const parts = relative(dir, file.dir).split(sep).filter(Boolean);
    let meta: ManifestEntry | undefined;
    for (let depth = parts.length; depth >= 0 && !meta; depth--) {
      const folder = join(dir, ...parts.slice(0, depth));
      meta = (await manifestOf(folder)).entries.get([...parts.slice(depth), file.name].join('/'));
    }
    for await (const item of readFileInput(file.path, opts, meta)) {
      if (pending.length > 0) {
        item.diagnostics.unshift(...pending);
        pending = [];
      }
      yield item;
    }
  }
  if (pending.length > 0) yield { kind: 'unreadable', id: idOf(dir), source: { path: dir }, diagnostics: pending };
}

async function* readFileInput(path: string, opts: ReadOptions, meta?: ManifestEntry): AsyncGenerator<InputItem> {
  yield* readFileItems(path, opts, meta);
  // (JSON Lines are counted record by record.)
  if (opts.onRead && formatOf(path) !== 'jsonl') opts.onRead(sizeOf(path));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function* readFileItems(path: string, opts: ReadOptions, meta?: ManifestEntry): AsyncGenerator<InputItem> {
  const format = formatOf(path) ?? 'text';
  if (format === 'warc') {
    yield* (await import('./warc-input.js')).readWarc(path);
    return;
  }
  if (format === 'csv') {
    yield* (await import('./csv-input.js')).readCsv(path, idOf(path), opts.columns);
    return;
  }
  if (format === 'jsonl') {
    let stream;
    try {
      stream = createReadStream(path);
      yield* readJsonl(asUtf8(stream, false), path, opts.onRead);
    } catch (e) {
      yield unreadable(idOf(path), path, 'unreadable-path', fsProblem(e));
    }
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield unreadable(idOf(path), path, 'unreadable-path', fsProblem(e));
    return;
  }
  if (format === 'json') yield* jsonItems(bytes, path);
  else if (format === 'html') {
    const { htmlId, htmlItem } = await webPages();
    yield htmlItem(bytes, { id: htmlId(path), path, gzipped: /\.gz$/i.test(path), ...(meta ? { meta } : {}) });
  } else if (isGzip(bytes)) yield* gzipItems(bytes, path, opts);
  else if (looksLikeHtml(bytes)) {
    // A page saved without `.html` (a wget mirror's `story.php?id=3`): read as the page it is.
    const item = (await webPages()).htmlItem(bytes, { id: idOf(path), path, ...(meta ? { meta } : {}) });
    item.diagnostics.unshift({ severity: 'info', code: 'read-as-html', message: 'read as a web page: it holds HTML', source: { path } });
    yield item;
  } else yield textItem(bytes, idOf(path), path, meta);
}

/** A gzipped file named directly (`x.jsonl.gz`, `notes.txt.gz`): unpacked and read by the name inside. */
async function* gzipItems(bytes: Buffer, path: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  let unpacked: Buffer;
  try {
    unpacked = gunzipSync(bytes);
  } catch (e) {
    yield unreadable(idOf(path), path, 'invalid-gzip', `gzip data that does not unpack (${(e as Error).message})`);
    return;
  }
  const inner = path.replace(/\.gz$/i, '');
  const format = formatOf(inner);
  if (format === 'jsonl') yield* readJsonl(asUtf8([unpacked], false), path);
  else if (format === 'csv') yield* (await import('./csv-input.js')).readCsv(path, idOf(inner), opts.columns, [unpacked]);
  else if (format === 'json') yield* jsonItems(unpacked, path);
  else if (format === 'text' && !isGzip(unpacked)) yield textItem(unpacked, idOf(inner), path);
  else yield unreadable(idOf(path), path, 'unreadable-gzip', 'gzip data of a kind framelens does not read; unpack it (gunzip) and name the file inside');
}

/** A `.json` file: one article object, or an array of them, bare or as `articles` (read whole, unlike JSON Lines). */
function* jsonItems(bytes: Uint8Array, path: string): Generator<InputItem> {
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) {
    yield { kind: 'unreadable', id: idOf(path), source: { path }, diagnostics: [decoded.diagnostic] };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    yield unreadable(idOf(path), path, 'json-parse', `not valid JSON (${(e as Error).message})`);
    return;
  }
  // `{"articles": […]}`, as some exports wrap their array, is read as the array.
  const wrapped = typeof value === 'object' && value !== null && !('text' in value) && Array.isArray((value as { articles?: unknown }).articles);
  if (wrapped) value = (value as { articles: unknown[] }).articles;
  const records = withIdsAsWritten(Array.isArray(value) ? value : [value], decoded.text);
  if (records.length === 0) yield unreadable(idOf(path), path, 'empty', 'the JSON array holds no articles');
  for (const [i, rec] of records.entries()) {
    const fallbackId = `${idOf(path)}:${i + 1}`;
    yield recordItem(normaliseExportRecord(rec, fallbackId), { path }, fallbackId, Array.isArray(value) ? i + 1 : undefined);
  }
}

function textItem(bytes: Uint8Array, id: string, path: string, meta?: ManifestEntry): InputItem {
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) return { kind: 'unreadable', id, source: { path }, diagnostics: [decoded.diagnostic] };
  const article: Article = { id, text: decoded.text, outlet: meta?.outlet ?? null, source: { path } };
  if (meta?.published) article.published = meta.published;
  if (meta?.title) article.title = meta.title;
  if (meta?.url) article.url = meta.url;
  if (meta?.wire !== undefined) article.wire = meta.wire;
  return { kind: 'article', article, diagnostics: [] };
}

async function* readJsonl(stream: AsyncIterable<Buffer | string>, path: string, onRead?: (bytes: number) => void): AsyncGenerator<InputItem> {
  const fileId = path === '-' ? STDIN_ID : idOf(path);
  let records = 0;
  for await (const { bytes, line } of readLines(stream)) {
    onRead?.(bytes.length + 1);
    if (isBlank(bytes)) continue;
    records++;
    yield jsonlRecord(bytes, path, line, fileId);
  }
  if (records === 0) yield unreadable(fileId, path, 'empty', 'empty input: no JSON Lines record');
}

const isBlank = (bytes: Buffer): boolean => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a);

/**
 * Stdin is told apart by its content, as a file is by its name: JSON Lines when its first
 * non-space character is `{`, a web page when it is `<`, a WARC when it starts `WARC/`, CSV when
 * its first line is a header naming a text column and another field, else one article; gzip
 * data is unpacked first. Only the
 * head (up to its first line end) is buffered to decide; JSON Lines, WARC and CSV are then
 * streamed like a file.
 */
async function* readStdin(stdin: NodeJS.ReadableStream, opts: ReadOptions): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
    chunks.push(typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value);
    const last = chunks[chunks.length - 1]!;
    length += last.length;
    // (Only the new chunk is searched: the ones before held no line end.)
    if (last.includes(0x0a) || length >= HEAD_MAX) break;
  }
  const head = Buffer.concat(chunks);
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator as AsyncIterator<Buffer> };
  const all = () => prepend(chunks, rest);
  if (isGzip(head)) {
    for await (const c of rest) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
    let unpacked: Buffer;
    try {
      unpacked = gunzipSync(Buffer.concat(chunks));
    } catch (e) {
      return yield unreadable(STDIN_ID, '-', 'invalid-gzip', `gzip data that does not unpack (${(e as Error).message})`);
    }
    return yield* readStdin(Readable.from([unpacked]), opts);
  }
  const kind = stdinKind(head, opts.columns);
  if (kind === 'jsonl') return yield* readJsonl(all(), '-');
  if (kind === 'warc') return yield* (await import('./warc-input.js')).readWarc('-', bytesOf(all()));
  if (kind === 'csv') return yield* (await import('./csv-input.js')).readCsv('-', STDIN_ID, opts.columns, bytesOf(all()));
  for await (const c of rest) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  if (kind === 'html') yield (await webPages()).htmlItem(Buffer.concat(chunks), { id: STDIN_ID, path: '-' });
  else yield textItem(Buffer.concat(chunks), STDIN_ID, '-');
}

const HEAD_MAX = 64 * 1024;

function stdinKind(head: Buffer, columns: ReadOptions['columns']): 'jsonl' | 'html' | 'warc' | 'csv' | 'text' {
  const first = firstNonSpace(head);
  if (first === 0x7b) return 'jsonl';
  if (first === 0x3c) return 'html';
  if (head.subarray(0, 5).toString('latin1') === 'WARC/') return 'warc';
  const line = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
  const header = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  // A header names the text column and another field (`id,text`), or the columns are given: a
  // first line of prose with a comma (`Body, soul and politics`) opens an article.
  const mapped = mapColumns(header, columns);
  const fields = Object.keys(mapped).length;
  return header.length > 1 && mapped.text && (fields >= 2 || Object.keys(columns ?? {}).length > 0) ? 'csv' : 'text';
}

async function* bytesOf(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const c of chunks) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
}

async function* prepend(head: Buffer[], rest: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  yield* head;
  yield* rest;
}

function firstNonSpace(chunk: Buffer): number | null {
  for (const b of chunk) {
    // skip ASCII white space and a UTF-8 BOM (EF BB BF)
    if (b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b;
  }
  return null;
}
