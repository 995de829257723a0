// The shape of a CSV file's rows, to read it as written: which delimiter its header uses, and
// whether a quoted field (left open by mistake) has run on over the start of the next row.

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter the header line (outside quotes) holds most of; a comma when it holds none. */
export function csvDelimiter(head: string): string {
  const line = head.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[0]!.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = line.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/**
 * How many lines into the record `raw` (as read, blank lines before it included) a row of
 * `columns` cells seems to start, swallowed by a quote left open: a cell of `record` holds a line end
 * and is the record's text verbatim, opening quote included (csv-parse gives up on quoting a
 * field whose quote is not closed where a cell ends), and a line inside the record starts like a row: short cells without
 * quotes up to the last, the first a single token (`2,B,"Second …`). Null when it does not.
 */
export function runOnRow(record: string[], raw: string, delimiter: string, columns: number): number | null {
  const body = raw.replace(/^[\r\n]+/, '').replace(/[\r\n]+$/, '');
  // Kept verbatim, quote included: a field quoted as it should be has its quotes undone (`""`).
  const verbatim = (c: string) => c.startsWith('"') && /[\r\n]/.test(c) && (body.startsWith(c) || body.includes(delimiter + c));
  if (columns < 2 || !record.some(verbatim)) return null;
  const d = delimiter === '\t' ? '\\t' : delimiter;
  const cell = `[^${d}"\\r\\n]{0,40}`;
  const rowStart = new RegExp(`(?:\\r\\n|\\r|\\n)[^${d}"\\s]{1,40}${d}(?:${cell}${d}){${columns - 2}}`);
  const m = rowStart.exec(body);
  return m === null ? null : body.slice(0, m.index + 1).match(/\r\n|\r|\n/g)!.length;
}
