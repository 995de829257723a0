// cli-table3 tables that fit the terminal: column widths are computed so the whole table is at
// most `width` columns; long cells wrap, and words longer than a column are cut with an ellipsis.
import Table from 'cli-table3';

export interface TableOptions {
  width: number;
  colour: boolean;
  /** Longest a cell may be before it is cut (characters), per column. */
  maxCell?: number[];
}

const PADDING = 2; // cli-table3 pads one space each side

function fitWidths(natural: number[], minimum: number[], available: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0);
  // Shave the widest column that is still above its minimum, one step at a time; only when every
  // column is at its minimum do they shrink further (down to 3).
  for (const floor of [minimum, widths.map(() => 3)]) {
    while (total() > available) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
      if (widest < 0) break;
      widths[widest]--;
    }
  }
  return widths;
}

export function renderTable(head: string[], rows: string[][], opts: TableOptions): string {
  const cells = rows.map((row) =>
    row.map((cell, i) => {
      const max = opts.maxCell?.[i];
      const flat = cell.replace(/\s+/g, ' ').trim();
      return max && flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
    }),
  );
  const natural = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)) + PADDING);
  const available = Math.max(head.length * 5, opts.width - (head.length + 1));
  // A column keeps room for its header and (up to 20 characters) its longest word.
  const longestWord = (i: number) => Math.max(0, ...cells.flatMap((r) => (r[i] ?? '').split(' ').map((w) => w.length)));
  const minimum = head.map((h, i) => Math.min(natural[i], Math.max(h.length, Math.min(longestWord(i), 20)) + PADDING));
  const colWidths = fitWidths(natural, minimum, available);
  const table = new Table({
    head,
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: opts.colour ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
  for (const row of cells) table.push(row);
  return table.toString();
}
