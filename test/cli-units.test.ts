// The pieces of the command line that need no process: table fitting, terminal safety, "did you
// mean", yargs error wording, the UTF-8 byte offset, the progress line.
import { describe, expect, it } from 'vitest';
import { closest } from '../src/commands/did-you-mean.js';
import { ttySafe } from '../src/commands/output.js';
import { duration, progressLine } from '../src/commands/progress.js';
import { explainArgError, type ArgContext } from '../src/commands/usage-errors.js';
import { decodeText, firstInvalidUtf8 } from '../src/ingest/decode-text.js';
import { cutAtWord, displayWidth, fitWidths, renderTable, terminalSafe, wrapCell } from '../src/report/terminal-table.js';

describe('terminalSafe', () => {
  it.each([
    ['plain text', 'plain text', 'plain text'],
    ['\u001b[2J\u001b[31mred', '\\x1b[2J\\x1b[31mred', '\\x1b[2J\\x1b[31mred'],
    ['bell\u0007 del\u007f csi\u009b', 'bell\\x07 del\\x7f csi\\x9b', 'bell\\x07 del\\x7f csi\\x9b'],
    ['a\tb\nc\rd', 'a\tb\nc\rd', 'a\\x09b\\x0ac\\x0dd'],
    ['rtl\u202eevil', 'rtl\\u202eevil', 'rtl\\u202eevil'],
    ['Café “quoted” 中文', 'Café “quoted” 中文', 'Café “quoted” 中文'],
  ])('%j', (input, kept, oneLine) => {
    expect(terminalSafe(input)).toBe(kept);
    expect(terminalSafe(input, true)).toBe(oneLine);
  });

  it('ttySafe lets only our own colour codes through, and only with colour on', () => {
    expect(ttySafe('\u001b[1mhead\u001b[22m\r\n\u001b]0;title\u0007', true)).toBe('\u001b[1mhead\u001b[22m\r\n\\x1b]0;title\\x07');
    expect(ttySafe('\u001b[1mhead\u001b[22m', false)).toBe('\\x1b[1mhead\\x1b[22m');
  });
});

describe('cutAtWord and wrapCell', () => {
  it.each([
    ['short', 10, 'short'],
    ['the talks with Iran are likely to begin', 20, 'the talks with Iran…'],
    ['Supercalifragilistic', 10, 'Supercali…'],
    ['ends with a comma, then more words', 19, 'ends with a comma…'],
  ])('cutAtWord(%j, %i) = %j', (text, max, expected) => {
    expect(cutAtWord(text, max)).toBe(expected);
    expect(cutAtWord(text, max).length).toBeLessThanOrEqual(max);
  });

  it.each([
    ['Supreme National Security Council', 16, ['Supreme National', 'Security Council']],
    ['anti-revolutionary groups', 10, ['anti-', 'revolution', 'ary groups']],
    ['Condoleezza Rice', 11, ['Condoleezza', 'Rice']],
    ['中文新闻报道', 5, ['中文', '新闻', '报道']],
    ['', 5, ['']],
  ])('wrapCell(%j, %i) breaks words only when they do not fit, at a hyphen first', (text, width, expected) => {
    const lines = wrapCell(text, width);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('fitWidths', () => {
  it('keeps what fits, and takes room from the column whose loss costs the fewest lines', () => {
    expect(fitWidths([10, 20], [[5, 5]], 40)).toEqual([10, 20]);
    // Estimated lines of the table for widths w (padding of 2 included), as fitWidths counts them.
    const cells = [[18, 100], [12, 90], [30, 20], [8, 160]];
    const lines = (w: number[]) => cells.reduce((sum, row) => sum + Math.max(...row.map((c, i) => Math.max(1, Math.ceil(c / (w[i] - 2))))), 0);
    const widths = fitWidths([32, 162], [[8, 8]], 60, cells.map((widths) => ({ widths, words: [6, 6] })));
    expect(widths[0] + widths[1]).toBe(60);
    let best = Infinity;
    for (let w0 = 8; w0 <= 52; w0++) best = Math.min(best, lines([w0, 60 - w0]));
    expect(lines(widths)).toBe(best);
  });

  it('stops at each column’s longest word before breaking words, and at 4 characters after', () => {
    expect(fitWidths([30, 30], [[20, 12]], 32)).toEqual([20, 12]);
    expect(fitWidths([30, 30], [[20, 12]], 10)).toEqual([6, 6]);
  });
});

describe('renderTable', () => {
  const rows = [
    ['Ali Shamkhani, Secretary of Iran’s Supreme National Security Council', 'said', 'partial', 'such reports are part of the West’s “psychological warfare” against Iran and are “completely unreal.”'],
    ['Condoleezza Rice', 'told', 'direct', 'We will not negotiate with anti-revolutionary groups.'],
  ];
  it.each([80, 100])('fits %i columns without cutting a word of the names', (width) => {
    const table = renderTable(['Speaker', 'Cue', 'Kind', 'Quote'], rows, { width, colour: false });
    const lines = table.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    const text = lines.map((l) => l.replace(/[│┌┬┐├┼┤└┴┘─]/g, ' ')).join(' ');
    for (const word of ['Condoleezza', 'Supreme', 'Security', 'anti-revolutionary', 'psychological']) expect(text.replace(/- +/g, '-')).toContain(word);
    expect(table).not.toContain('…');
  });

  it('escapes control characters in cells and headers, colour or not', () => {
    for (const colour of [false, true]) {
      const table = renderTable(['Id\u001b[5m'], [['evil\u001b]0;owned\u0007id']], { width: 80, colour });
      expect(table).toContain('evil\\x1b]0;owned\\x07id');
      expect(table.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});

describe('closest (did you mean)', () => {
  const commands = ['analyze', 'quotes', 'actors', 'compare', 'report', 'lexicon', 'eval'];
  it.each([
    ['analyz', commands, 'analyze'],
    ['anaylze', commands, 'analyze'],
    ['qoutes', commands, 'quotes'],
    ['comp', commands, 'compare'],
    ['frobnicate', commands, undefined],
    ['x', commands, undefined],
    ['htm', ['table', 'jsonl', 'json', 'csv', 'html'], 'html'],
    ['josn', ['table', 'jsonl', 'json', 'csv', 'html'], 'json'],
    ['formt', ['format', 'out', 'outlet', 'lexicons'], 'format'],
  ])('%j → %j', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('explainArgError', () => {
  const ctx = (argv: string[], extra: Partial<ArgContext> = {}): ArgContext => ({
    argv,
    commands: ['analyze', 'quotes', 'lexicon'],
    subcommands: [],
    options: ['format', 'f', 'out', 'outlet', 'fail-on', 'table'],
    choices: { format: ['table', 'jsonl', 'json', 'csv', 'html'], 'fail-on': ['error', 'warning', 'info', 'none'] },
    ...extra,
  });
  it.each([
    ['Unknown argument: analyz', ['analyz', 'x'], {}, 'unknown command "analyz"', 'did you mean `framelens analyze`? `framelens --help` lists the commands'],
    ['Unknown argument: chek', ['lexicon', 'chek'], { subcommands: ['check', 'docs'] }, 'unknown command "lexicon chek"', 'did you mean `framelens lexicon check`? `framelens lexicon --help` lists them'],
    ['Unknown arguments: formt, zap', ['analyze', '--formt', 'csv', '--zap'], {}, 'unknown option --formt for analyze (and 1 more)', 'did you mean --format? `framelens analyze --help` lists the options'],
    ['Unknown argument: extra', ['analyze', 'x', 'extra'], {}, 'unexpected argument "extra" for analyze', '`framelens analyze --help` shows what it takes'],
    ['Invalid values:\n  Argument: format, Given: "htm", Choices: "table", "jsonl", "json", "csv", "html"', ['analyze', '--format', 'htm'], {}, 'unknown format "htm" for analyze', 'did you mean --format html? choose one of table, jsonl, json, csv, html'],
    ['Invalid values:\n  Argument: format, Given: "", Choices: "table", "html"', ['analyze', '--format'], {}, '--format needs a value for analyze', 'choose one of table, jsonl, json, csv, html'],
    ['Invalid values:\n  Argument: fail-on, Given: "warn", Choices: "error", "warning", "info", "none"', ['analyze', '--fail-on', 'warn'], {}, 'unknown value "warn" for --fail-on', 'did you mean --fail-on warning? choose one of error, warning, info, none'],
    ['Not enough arguments following: out', ['analyze', '--out'], {}, '--out needs a value for analyze', '`framelens analyze --help` shows what it takes'],
    ['Missing required argument: gold', ['quotes'], {}, 'framelens quotes needs --gold', '`framelens quotes --help` shows an example'],
    ['no command given', [], {}, 'no command given', '`framelens --help` lists the commands'],
  ] as [string, string[], Partial<ArgContext>, string, string][])('%j', (raw, argv, extra, message, hint) => {
    expect(explainArgError(raw, ctx(argv, extra))).toEqual({ message, hint });
  });
});

describe('invalid UTF-8: the byte offset', () => {
  it.each([
    [[0x61, 0x62, 0xff, 0x63], 2],
    [[0xc3, 0xa9, 0xc3], 2], // truncated sequence at the end
    [[0x61, 0xc0, 0xaf], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0xe2, 0x80, 0x9c, 0x61, 0x80], 4], // stray continuation byte after a curly quote
    [[0xf0, 0x9f, 0x98, 0x80], -1],
  ])('%j → %i', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  it('agrees with the decoder on random bytes (deterministic pseudo-random cases)', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 2000; n++) {
      const bytes = Uint8Array.from({ length: 1 + (next() % 12) }, () => (next() % 3 === 0 ? next() % 256 : 0x61 + (next() % 26)));
      const at = firstInvalidUtf8(bytes);
      let valid = true;
      try {
        strict.decode(bytes);
      } catch {
        valid = false;
      }
      expect(at === -1).toBe(valid);
      if (at >= 0) {
        // Everything before the offset decodes; the offset itself starts no valid character.
        expect(() => strict.decode(bytes.subarray(0, at))).not.toThrow();
      }
    }
  });

  it('names the offset and the byte in the diagnostic', () => {
    const file = decodeText(Uint8Array.from([0x61, 0xff]), 'a.txt');
    expect(file.ok ? '' : file.diagnostic.message).toBe('not valid UTF-8 at byte offset 1 (0xff)');
    const line = decodeText(Uint8Array.from([0x7b, 0xfe]), 'a.jsonl', 3);
    expect(line.ok ? '' : line.diagnostic.message).toBe('not valid UTF-8 at byte offset 1 of the line (0xfe)');
  });
});

describe('progress line', () => {
  it.each([
    [0.4, '1 s'],
    [42, '42 s'],
    [125, '2 min 5 s'],
    [3600 * 2 + 600, '2 h 10 min'],
  ])('duration(%f) = %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });

  it('shows the time left once a second has been measured', () => {
    expect(progressLine(10, 250_000, 0.5, 1_000_000, 'id')).not.toContain('left');
    expect(progressLine(10, 250_000, 2, 1_000_000, 'id')).toBe('[######------------------] 25% · 10 articles · 6 s left · 0.1 MB/s · id');
  });
});

describe('progressLine: the bar measures the input covered, not the text analysed', () => {
  it('is at 80% when 80 of 100 bytes are covered though only 20 characters of text were analysed', () => {
    expect(progressLine(4, 20, 2, 100, 'id', 80)).toMatch(/^\[#{19}-{5}\] 80% · 4 articles · 1 s left/);
  });
});
