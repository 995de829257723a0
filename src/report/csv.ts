// CSV for spreadsheets (RFC 4180: CRLF line ends; fields with a comma, quote or line break are
// quoted, with quotes doubled; no cell from input starts as a formula): one row per quote,
// mention or framing hit.
import { QUOTE_COLUMNS, quoteRows } from './article-views.js';
import type { ArticleResult } from '../types.js';

export const CSV_TABLES = ['quotes', 'mentions', 'framing'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | boolean | null | undefined;

// A text cell starting with = + - @ tab or CR runs as a formula in a spreadsheet (`=HYPERLINK(…)`
// from an article's text, id or outlet): OWASP's advice is to prefix it with a single quote,
// which spreadsheets show as text. Numbers and booleans are framelens's own and stay as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: Cell[]) => `${cells.map(csvField).join(',')}\r\n`;

const HEADS: Record<CsvTable, string[]> = {
  // The `framelens quotes` rows (article-views.ts), so the two quote CSVs have one shape.
  quotes: QUOTE_COLUMNS,
  mentions: ['article', 'outlet', 'start', 'end', 'actor', 'resolved_by', 'is_label', 'segment', 'text'],
  framing: ['article', 'outlet', 'start', 'end', 'entry', 'category', 'certainty', 'actor', 'voice', 'voice_speaker', 'segment', 'text'],
};

function rows(r: ArticleResult, table: CsvTable): Cell[][] {
  switch (table) {
    case 'quotes':
      return quoteRows(r).map((q) => QUOTE_COLUMNS.map((k) => q[k]));
    case 'mentions':
      return r.mentions.map((m) => [r.id, r.outlet, m.start, m.end, m.actor, m.resolvedBy, m.isLabel, m.segment, m.text]);
    case 'framing':
      return r.framing.map((f) => [r.id, r.outlet, f.start, f.end, f.entry, f.category, f.certainty, f.actor, f.voice.kind, f.voice.speaker?.name, f.segment, f.text]);
  }
}

/** `extra` columns (name, value) end every row: the CLI adds which framelens and lexicons produced it. */
export function renderCsv(results: ArticleResult[], table: CsvTable, withHeader: boolean, extra: [string, string][] = []): string {
  const head = withHeader ? csvRow([...HEADS[table], ...extra.map(([name]) => name)]) : '';
  const values = extra.map(([, value]) => value);
  return head + results.flatMap((r) => rows(r, table).map((cells) => csvRow([...cells, ...values]))).join('');
}
