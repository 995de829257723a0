// Output that cannot be written: one line naming the destination and exit 2, never a stack trace.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, framelens, SEEDS } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-out-'));
const article = join(SEEDS, '000_57b81a7a0a24d8a2.txt');

describe('--out that cannot be written', () => {
  it.each([
    [['analyze', article, '--out', dir], `framelens: cannot write --out ${dir}: it is a folder; choose another path`],
    [['report', article, '--out', dir], `framelens: cannot write --out ${dir}: it is a folder; choose another path`],
    [['extract', article, '--out', '/proc/x'], 'framelens: cannot write --out /proc/x: no such file or folder; choose another path'],
    [['analyze', article, '-f', 'jsonl', '--out', '/dev/full'], 'framelens: cannot write --out /dev/full: no space left on the disk; free space on its disk or choose another path'],
  ])('framelens %j', (args, line) => {
    const r = framelens(args);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.code).toBe(2);
  });
});

describe.skipIf(!existsSync('/dev/full'))('standard output on a full disk', () => {
  it.each([['extract'], ['analyze']])('%s: one line, exit 2', (command) => {
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [CLI, command, article, '--quiet'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(r.stderr).toBe('framelens: cannot write to standard output: no space left on the disk; free space on its disk or use --out\n');
    expect(r.status).toBe(2);
  });
});
