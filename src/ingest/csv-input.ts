import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Article, Diagnostic, InputItem } from '../types.js';
import { mapColumns, type ArticleField } from './export-fields.js';
import { csvDelimiter, runOnRow } from './csv-shape.js';
import { asUtf8, EncodingProblem } from './utf8-stream.js';

/**
 * A CSV export with a header row, one article per row, streamed (quoted fields may hold newlines
 * and commas). The columns for text, id, outlet, title, date and url are found by their names or
 * given in `columns`. A row without text is a diagnostic; a file without a text column is one
 * `unreadable` item saying which columns it has. `stdin`, when given, is read instead of the file.
 * The bytes must be UTF-8 (or UTF-16 with a BOM), as for text; the delimiter is a tab in `.tsv`,
 * else the comma, semicolon or tab the header line holds most of.
 */
export async function* readCsv(path: string, fileId: string, columns: Partial<Record<ArticleField, string>> = {}, stdin?: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<InputItem> {
  const chunks = asUtf8(stdin ?? createReadStream(path), true)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      head.push(r.value);
      if (r.value.includes(0x0a)) break;
    }
  } catch (e) {
    yield failure(path, fileId, e instanceof EncodingProblem ? e.code : 'unreadable-path', (e as Error).message);
    return;
  }
  const delimiter = /\.tsv$/i.test(path) ? '\t' : csvDelimiter(Buffer.concat(head).toString('utf8'));
  const source = Readable.from((async function* () {
    yield* head;
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) yield r.value;
  })());
  const parser = source.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true, raw: true }));
  source.on('error', (e) => parser.destroy(e));
  let map: Partial<Record<ArticleField, string>> | null = null;
  let header: string[] = [];
  let notes: Diagnostic[] = []; // reported with the first row
  let row = 0;
  const lines = new LineCount();
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = lines.startOf(raw);
      if (header.length === 0) {
        header = record.map((c) => c.trim());
        map = mapColumns(header, columns);
        const names = header.map((h) => `"${h}"`).join(', ');
        const absent = Object.entries(columns).find(([, name]) => !header.includes(name));
        if (absent) {
          yield failure(path, fileId, 'csv-no-column', `--column ${absent[0]}=${absent[1]}: the file has no column "${absent[1]}"; its columns are ${names}`);
          return;
        }
        if (!map.text) {
          yield failure(path, fileId, 'csv-no-text-column', `no text column among ${names}; name it with --column text=NAME`);
          return;
        }
        notes = repeatedColumns(header, map, path);
        continue;
      }
      row++;
      const source = { path, line };
      const cell = (field: ArticleField): string | undefined => {
        const col = map![field];
        const v = col === undefined ? undefined : record[header.indexOf(col)];
        return v && v.trim() ? v : undefined;
      };
      const id = cell('id') ?? `${fileId}:${row}`;
      const text = cell('text');
      if (!text) {
        yield { kind: 'unreadable', id, source, diagnostics: [{ severity: 'error', code: 'empty', message: `row ${row}: the text column is empty`, source }] };
        continue;
      }
      const diagnostics = notes;
      notes = [];
      const run = runOnRow(record, raw, delimiter, header.length);
      if (run !== null) {
        const message = `row ${row}: a quoted field runs on into line ${line + run}, which looks like the start of a row; close the quote (\") that opens the field`;
        diagnostics.push({ severity: 'error', code: 'csv-unclosed-quote', message, source });
      }
      const article: Article = { id, text, outlet: cell('outlet') ?? null, source };
      const title = cell('title');
      const published = cell('date');
      const url = cell('url');
      if (title) article.title = title;
      if (published) article.published = published;
      if (url) article.url = url;
      yield { kind: 'article', article, diagnostics };
    }
  } catch (e) {
    if (e instanceof EncodingProblem) yield failure(path, `${fileId}:${row + 1}`, e.code, e.message);
    else yield failure(path, `${fileId}:${row + 1}`, 'csv-parse', `not valid CSV after row ${row} (${(e as Error).message})`);
  }
  if (header.length === 0) yield failure(path, fileId, 'empty', 'empty CSV file');
  else if (row === 0) yield failure(path, fileId, 'empty', 'the CSV file has a header row but no rows');
}

/** A column read for an article field whose name the header repeats (`id,text,text`): the first is read. */
function repeatedColumns(header: string[], map: Partial<Record<ArticleField, string>>, path: string): Diagnostic[] {
  return Object.values(map)
    .filter((name) => header.indexOf(name) !== header.lastIndexOf(name))
    .map((name) => ({ severity: 'warning', code: 'csv-duplicate-column', message: `the header names column "${name}" more than once; the first one is read`, source: { path, line: 1 } }));
}

function failure(path: string, id: string, code: string, message: string): InputItem {
  const source = { path };
  return { kind: 'unreadable', id, source, diagnostics: [{ severity: 'error', code, message, source }] };
}

/**
 * The line each record starts on. csv-parse's own count takes a CRLF inside a quoted field for two
 * lines, so the breaks are counted here: CRLF, CR or LF is one, also when split between records.
 */
class LineCount {
  private breaks = 0;
  private afterCr = false;

  /** `raw` is a record's text as read (skipped blank lines before it included). */
  startOf(raw: string): number {
    const blank = /^[\r\n]*/.exec(raw)![0].length;
    this.count(raw, 0, blank);
    const line = this.breaks + 1;
    this.count(raw, blank, raw.length);
    return line;
  }

  private count(s: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 13 || (c === 10 && !this.afterCr)) this.breaks++;
      this.afterCr = c === 13;
    }
  }
}
