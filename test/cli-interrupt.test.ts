// An interrupted run leaves nothing behind: Ctrl-C (SIGINT) or SIGTERM removes the temporary
// folders (`compare --format json` spills its quote ledger to one) and the --out file keeps its
// old content, since the output is written beside it and renamed only when the run succeeds.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, framelens, SEEDS } from './cli-run.js';
import { tmpFiles } from './tmp-files.js';

const { dir, fixture } = tmpFiles('framelens-interrupt-');
const text = readFileSync(join(SEEDS, '000_57b81a7a0a24d8a2.txt'), 'utf8');
const big = fixture('big.jsonl', Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `a${i}`, outlet: 'X', text })).join('\n'));

const hidden = (folder: string) => readdirSync(folder).filter((f) => f.startsWith('.'));

async function interrupted(signal: NodeJS.Signals, args: string[], out: string, tmp: string): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, ...args, '-o', out, '-q'], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
  const done = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  // Wait until the output is being written (its temporary file exists), then interrupt.
  while (hidden(dir).length === 0) await new Promise((r) => setTimeout(r, 20));
  child.kill(signal);
  return done;
}

describe('an interrupted run', () => {
  it.each([
    ['SIGINT', ['compare', big, '-f', 'json'], 130],
    ['SIGTERM', ['analyze', big, '-f', 'jsonl'], 143],
  ] as const)('%s: old --out kept, no temporary file or folder left', async (signal, args, code) => {
    const out = fixture(`${signal}.out`, 'old\n');
    const tmp = join(dir, `tmp-${signal}`);
    mkdirSync(tmp);
    expect(await interrupted(signal, [...args], out, tmp)).toBe(code);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(hidden(dir)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});

describe('a run that ends in a usage error after opening --out', () => {
  it('leaves the old file', () => {
    const out = fixture('kept.jsonl', 'old\n');
    const r = framelens(['analyze', join(dir, 'missing.txt'), '-f', 'jsonl', '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(hidden(dir)).toEqual([]);
  });

  it('creates no file when there was none', () => {
    const out = join(dir, 'none.jsonl');
    expect(framelens(['analyze', join(dir, 'missing.txt'), '-o', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
