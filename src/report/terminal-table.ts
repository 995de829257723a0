// Tables that fit the terminal. Column widths follow the content: a column first gives
// up the room its text can wrap into (nothing lost), and only when every column is as narrow as
// its longest word do words break across lines (still nothing lost). Text is cut only where a
// caller caps a cell (`maxCell`, the tail of a long quote): at a word boundary, with an ellipsis.
// Every cell is made terminal-safe first: control characters from the input are shown, not run.
import { createRequire } from 'node:module';

// string-width (with its emoji table) loads the first time a text outside PLAIN is measured: the
// formats that draw no table never pay for it.
const require = createRequire(import.meta.url);
let stringWidth: ((text: string) => number) | undefined;

export interface TableOptions {
  width: number;
  colour: boolean;
  /** Longest a cell may be before its end is cut (characters), per column. */
  maxCell?: (number | undefined)[];
}

const PADDING = 2; // one space each side of a cell
/** Narrowest a column gets when even its words have to break. */
const FLOOR = 4;

// C0 and C1 controls (ESC starts terminal escape sequences), DEL, and the bidirectional overrides
// that reorder what a terminal shows (U+202A–U+202E, U+2066–U+2069).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Input text made safe to print on a terminal: control characters (ESC, BEL, CSI, …) become visible
 * escapes such as `\x1b`. Tab, line feed and carriage return are kept unless `oneLine` is set, when
 * they (and every other control) are escaped too. Applies whatever the colour setting.
 */
export function terminalSafe(text: string, oneLine = false): string {
  return text.replace(oneLine ? CONTROL_OR_BREAK : CONTROL, visible);
}

const PLAIN = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027]*$/;

/** Columns a string takes on a terminal (wide CJK characters count two; Latin text is quick). */
export const displayWidth = (text: string): number => (PLAIN.test(text) ? text.length : (stringWidth ??= require('string-width') as (text: string) => number)(text));

/** One line for a cell: runs of white space become one space, then controls are escaped. */
function flatten(cell: string): string {
  return terminalSafe(cell.replace(/[\s\u0085]+/g, ' ').trim(), true);
}

/** Cuts at a word boundary to at most `max` characters, ending in an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  // A space right after the kept part counts: the last word then ends whole.
  const space = text.lastIndexOf(' ', max - 1);
  const kept = space >= max / 2 ? text.slice(0, space) : text.slice(0, Math.max(1, max - 1));
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Splits a word longer than the column: after a hyphen or slash where one fits, else by width. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (displayWidth(rest) > width) {
    let fit = 0;
    let used = 0;
    for (const ch of rest) {
      const w = displayWidth(ch);
      if (used + w > width) break;
      used += w;
      fit += ch.length;
    }
    const soft = Math.max(rest.lastIndexOf('-', fit - 1), rest.lastIndexOf('/', fit - 1));
    const cut = soft > 0 ? soft + 1 : Math.max(1, fit);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Word-wraps one flattened cell to `width` columns. */
export function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = displayWidth(word) > width ? breakWord(word, width) : [word];
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const longestWord = (text: string): number => {
  let max = 0;
  for (const w of text.split(' ')) max = Math.max(max, displayWidth(w));
  return max;
};

/** Rows used to weigh the widths (evenly spaced), so huge tables are measured quickly. */
const SAMPLE = 200;

const linesOf = (cellWidth: number, width: number): number => Math.max(1, Math.ceil(cellWidth / Math.max(1, width - PADDING)));

/** A sampled row: each cell's width and its longest word's width. */
export interface SampleRow {
  widths: number[];
  words: number[];
  /** Lines a broken word here counts for (more for the header, which every row shares). */
  weight?: number;
}

/**
 * Widths (padding included) that fit `available`. Columns give up room in steps: each step narrows
 * the one column whose narrowing adds the fewest lines to the table per character saved (lines
 * estimated over the sampled rows, a word that has to break counting one more, a header word
 * more; ties to the larger saving), down to each column's floor in `floors`, one list after the
 * other, then to FLOOR.
 */
export function fitWidths(natural: number[], floors: number[][], available: number, sample: SampleRow[] = []): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  const cellLines = (row: SampleRow, i: number, w: number) => linesOf(row.widths[i], w) + (row.words[i] > w - PADDING ? (row.weight ?? 1) : 0);
  for (const floor of [...floors, widths.map(() => FLOOR + PADDING)]) {
    while (excess > 0) {
      let best: { col: number; width: number; ratio: number; saved: number } | null = null;
      for (let i = 0; i < widths.length; i++) {
        const lowest = Math.max(floor[i], widths[i] - excess);
        if (lowest >= widths[i]) continue;
        // Each row's height without this column, then the lines this column adds at width w.
        const others = sample.map((row) => row.widths.reduce((h, _, j) => (j === i ? h : Math.max(h, cellLines(row, j, widths[j]))), 1));
        const lines = (w: number) => sample.reduce((sum, row, r) => sum + Math.max(others[r], cellLines(row, i, w)), 0);
        const now = lines(widths[i]);
        // At most about 40 candidate widths per column, the narrowest always among them.
        const step = Math.max(1, Math.floor((widths[i] - lowest) / 40));
        const candidates = [lowest];
        for (let w = widths[i] - 1; w > lowest; w -= step) candidates.push(w);
        for (const w of candidates) {
          const saved = widths[i] - w;
          const ratio = (lines(w) - now) / saved;
          if (!best || ratio < best.ratio || (ratio === best.ratio && saved > best.saved)) best = { col: i, width: w, ratio, saved };
        }
      }
      if (!best) break;
      widths[best.col] = best.width;
      excess -= best.saved;
    }
  }
  return widths;
}

// Box drawing in the look cli-table3 had, in time linear in the rows (cli-table3 took minutes
// for a few thousand rows of wrapped text).
const CYAN = (t: string) => `\u001b[36m${t}\u001b[39m`;
const GREY = (t: string) => `\u001b[90m${t}\u001b[39m`;

function drawTable(head: string[][], rows: string[][][], widths: number[], colour: boolean): string {
  const border = colour ? GREY : (t: string) => t;
  const rule = (left: string, mid: string, right: string) => border(`${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`);
  const lines: string[] = [rule('┌', '┬', '┐')];
  const draw = (cells: string[][], paint: (t: string) => string) => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let l = 0; l < height; l++) {
      const parts = cells.map((c, i) => {
        const text = c[l] ?? '';
        const pad = ' '.repeat(Math.max(0, widths[i] - PADDING - displayWidth(text)));
        return ` ${text ? paint(text) : ''}${pad} `;
      });
      lines.push(`${border('│')}${parts.join(border('│'))}${border('│')}`);
    }
  };
  draw(head, colour ? CYAN : (t) => t);
  for (const row of rows) {
    lines.push(rule('├', '┼', '┤'));
    draw(row, (t) => t);
  }
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

export function renderTable(head: string[], rows: string[][], opts: TableOptions): string {
  const heads = head.map((h) => flatten(h));
  const cells = rows.map((row) =>
    heads.map((_, i) => {
      const flat = flatten(row[i] ?? '');
      const max = opts.maxCell?.[i];
      return max ? cutAtWord(flat, max) : flat;
    }),
  );
  const natural = heads.map((h) => displayWidth(h) + PADDING);
  const words = heads.map((h) => longestWord(h) + PADDING);
  for (const row of cells) {
    row.forEach((cell, i) => {
      natural[i] = Math.max(natural[i], displayWidth(cell) + PADDING);
      words[i] = Math.max(words[i], longestWord(cell) + PADDING);
    });
  }
  const available = Math.max(heads.length * (FLOOR + PADDING), opts.width - (heads.length + 1));
  const step = Math.max(1, Math.ceil(cells.length / SAMPLE));
  const rowsSample = cells.filter((_, i) => i % step === 0).map((row) => ({ widths: row.map(displayWidth), words: row.map(longestWord) }));
  const headRow = { widths: heads.map(displayWidth), words: heads.map(longestWord), weight: 1 };
  // Short columns (up to a third of the width) keep their text on one line while long ones can wrap.
  const keepShort = natural.map((n, i) => (n <= available / 3 ? n : words[i]));
  const widths = fitWidths(natural, [keepShort, words], available, [headRow, ...rowsSample]);
  const wrap = (row: string[]) => row.map((text, i) => wrapCell(text, widths[i] - PADDING));
  return drawTable(wrap(heads), cells.map(wrap), widths, opts.colour);
}
