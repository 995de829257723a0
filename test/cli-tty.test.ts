// On a real terminal (a pseudo-terminal from util-linux `script`): colour by default, none with
// NO_COLOR or --no-color, progress on stderr that leaves nothing behind, tables that fit the width.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, CLI, ROOT, SEEDS } from './cli-run.js';

const SCRIPT = '/usr/bin/script';

/** Everything the terminal received, on a terminal `columns` wide. */
function inTerminal(args: string, env: Record<string, string | undefined> = {}, columns = 100): string {
  const cmd = `stty cols ${columns} rows 50; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args}`;
  const r = spawnSync(SCRIPT, ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env } });
  return r.stdout;
}

/**
 * What is left on the screen: a small terminal model that applies carriage returns, "erase to end
 * of line" (ESC [ K) and line feeds, and drops colour codes.
 */
function screen(raw: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let col = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const sgr = /^\u001b\[[0-9;]*m/.exec(raw.slice(i, i + 16));
    if (sgr) {
      i += sgr[0].length - 1;
    } else if (raw.startsWith('\u001b[K', i)) {
      line = line.slice(0, col);
      i += 2;
    } else if (ch === '\r') col = 0;
    else if (ch === '\n') {
      lines.push(line.join(''));
      line = [];
      col = 0;
    } else {
      line[col++] = ch;
    }
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}

const PROGRESS = /\d+% ·|analysed \d+ article|MB\/s/;
// An input that cannot be read (not UTF-8) among good ones: its problem is printed mid-run.
const UNREADABLE = join(mkdtempSync(join(tmpdir(), 'framelens-tty-bad-')), 'latin1.txt');
writeFileSync(UNREADABLE, Buffer.from([0x43, 0x61, 0x66, 0xe9]));

describe.skipIf(!existsSync(SCRIPT))('on a terminal', () => {
  it.each([
    ['by default', '', {}, true],
    ['with NO_COLOR=1', '', { NO_COLOR: '1' }, false],
    ['with --no-color', '--no-color', {}, false],
  ])('colour %s: %s', (_what, flag, env, coloured) => {
    const out = inTerminal(`compare ${JSON.stringify(SEEDS)} ${flag}`, env);
    expect(out).toContain('How each outlet names the main actors');
    expect(ANSI.test(out)).toBe(coloured);
  });

  it('a progress bar for files, a counter for stdin, nothing with --quiet', () => {
    expect(inTerminal(`analyze ${JSON.stringify(SEEDS)}`)).toMatch(/\[[#-]{24}\] \d+% · 1 article/);
    expect(inTerminal(`analyze - < ${JSON.stringify(`${SEEDS}/000_57b81a7a0a24d8a2.txt`)}`)).toContain('analysed 1 article');
    expect(inTerminal(`analyze --quiet ${JSON.stringify(SEEDS)}`)).not.toMatch(PROGRESS);
  });

  it.each([
    ['the table', ''],
    ['JSON Lines', '--format jsonl'],
    ['an unreadable input among good ones', UNREADABLE],
  ])('no progress text is left on the screen after %s', (_what, extra) => {
    const raw = inTerminal(`analyze ${JSON.stringify(SEEDS)} ${extra}`);
    expect(raw).toMatch(PROGRESS); // it was shown…
    const shown = screen(raw);
    expect(shown.join('\n')).not.toMatch(PROGRESS); // …and erased before anything else was written
    expect(shown.join('\n')).toContain('000_57b81a7a0a24d8a2');
  });

  it('nothing of the progress reaches a pipe or a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-tty-'));
    const raw = inTerminal(`analyze ${JSON.stringify(SEEDS)} --format jsonl --out ${join(dir, 'out.jsonl')} 2>${join(dir, 'err.txt')}`);
    expect(raw).not.toMatch(PROGRESS);
  });

  it.each([80, 100])('analyze, quotes and actors fit a terminal %i columns wide', (columns) => {
    for (const command of ['analyze', 'quotes', 'actors']) {
      const shown = screen(inTerminal(`${command} --quiet ${JSON.stringify(SEEDS)}`, {}, columns));
      const tableLines = shown.filter((l) => /^[│┌├└]/.test(l));
      expect(tableLines.length).toBeGreaterThan(10);
      for (const line of shown) expect([...line].length).toBeLessThanOrEqual(columns);
      // The widest table uses the room it has.
      expect(Math.max(...tableLines.map((l) => [...l].length))).toBeGreaterThan(columns - 10);
    }
  });

  it('analyze shows quotes with speakers, actors with labels and loaded terms with their voice', () => {
    const shown = screen(inTerminal(`analyze --quiet ${JSON.stringify(`${SEEDS}/001_30beac73dfb0ad23.txt`)}`, {}, 100)).join('\n');
    for (const heading of ['Quotes', 'Actors', 'Loaded terms']) expect(shown).toMatch(new RegExp(`^${heading}$`, 'm'));
    expect(shown).toMatch(/│ Lindsey Graham, US +│ said +│ direct/);
    expect(shown).toMatch(/│ ISIL .*│ Takfiri insurgency; ISIL/);
    expect(shown).toMatch(/│ psychological warfare .*│ quoting Ali Shamkhani/);
    expect(shown).toMatch(/^framelens \d+\.\d+\.\d+ · lexicons built-in \(\d{4}-\d\d-\d\d\), sha256 [0-9a-f]{16}$/m);
  });

  it.each(['--no-color', '--color'].flatMap((flag) => ['analyze', 'quotes', 'quotes --format csv', 'analyze --format csv'].map((command) => [command, flag])))(
    'escape sequences in ids, outlets and quotes are shown, never run: %s %s',
    (command, flag) => {
      const dir = mkdtempSync(join(tmpdir(), 'framelens-tty-'));
      const file = join(dir, 'evil.jsonl');
      const record = { id: 'x\u001b[2J\u001b]0;owned\u0007', outlet: 'Evil\u001b[31m News', text: '“We will \u001b[5mnot\u009b give up,” Ali Shamkhani said on Sunday.' };
      writeFileSync(file, `${JSON.stringify(record)}\n`);
      const raw = inTerminal(`${command} --quiet ${flag} ${JSON.stringify(file)}`);
      const ours = raw.replace(/\u001b\[[0-9;]*m/g, '');
      expect(ours).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      if (flag === '--no-color') expect(raw).not.toContain('\u001b');
      expect(raw).toContain('\\x1b');
    },
  );
});
