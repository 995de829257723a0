// `--jobs N`: every analysing command writes the same bytes, diagnostics and exit code for any N.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, SEEDS, SEED_GOLD } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-jobs-'));
// The seed gold's articles around an unreadable line, then the first again under another id.
const gold = readFileSync(SEED_GOLD, 'utf8').trim().split('\n');
const mixed = join(dir, 'mixed.jsonl');
writeFileSync(mixed, [gold[0], '{"id": "broken", "text": ', gold[1], gold[2], JSON.stringify({ ...JSON.parse(gold[0]), id: 'again' })].join('\n') + '\n');

// Inputs this small are analysed in the main thread unless told otherwise.
const POOL_ALWAYS = { FRAMELENS_SMALL_INPUT_BYTES: '0' };

const COMMANDS: string[][] = [
  ['analyze', '--format', 'jsonl'],
  ['analyze', '--format', 'json'],
  ['analyze', '--format', 'csv', '--table', 'mentions'],
  ['analyze', '--format', 'table'],
  ['quotes', '--format', 'jsonl'],
  ['actors', '--format', 'csv'],
  ['compare', '--format', 'json'],
  ['report', '--format', 'md'],
  ['stories', '--format', 'json'],
];

describe('--jobs', () => {
  it('is capped at twice the cores, with a note unless --quiet', () => {
    const cap = 2 * availableParallelism();
    const args = ['analyze', '--format', 'jsonl', mixed];
    const capped = framelens([...args, '--jobs', String(cap + 1)], { env: POOL_ALWAYS });
    expect(capped.stderr.split('\n')[0]).toBe(`framelens: note: --jobs ${cap + 1} is more than this machine's ${availableParallelism()} cores can use; analysing on ${cap} worker threads`);
    expect(capped.stdout).toBe(framelens([...args, '--jobs', '2'], { env: POOL_ALWAYS }).stdout);
    expect(framelens([...args, '--jobs', String(cap + 1), '-q'], { env: POOL_ALWAYS }).stderr).not.toContain('note:');
    expect(framelens([...args, '--jobs', String(cap)], { env: POOL_ALWAYS }).stderr).not.toContain('note:');
  });

  it.each(COMMANDS)('%s %s %s: the same output for --jobs 1, 2 and 3', (...command) => {
    const runs = ['1', '2', '3'].map((n) => framelens([...command, '--jobs', n, '--quiet', SEEDS, mixed], { env: POOL_ALWAYS }));
    expect(runs[0].stdout.length).toBeGreaterThan(100);
    for (const r of runs.slice(1)) {
      expect(r.code).toBe(runs[0].code);
      expect(r.stdout).toBe(runs[0].stdout);
      expect(r.stderr).toBe(runs[0].stderr);
    }
  }, 120_000); // three runs, each starting workers: slow on a loaded machine

  it('keeps input order and the unreadable line in place', () => {
    const r = framelens(['analyze', '--format', 'jsonl', '--jobs', '2', SEEDS, mixed], { env: POOL_ALWAYS });
    expect(r.code).toBe(1); // the broken line is an error diagnostic
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; diagnostics: { code: string }[] });
    expect(rows.map((o) => o.id)).toEqual([
      '000_57b81a7a0a24d8a2', '001_30beac73dfb0ad23', '002_c7a545a4ddec3c56',
      '000_57b81a7a0a24d8a2', expect.stringContaining('mixed'), '001_30beac73dfb0ad23', '002_c7a545a4ddec3c56', 'again',
    ]);
    expect(rows[4].diagnostics.map((d) => d.code)).toEqual(['jsonl-parse']);
  });

  it.each([['0'], ['-1'], ['1.5'], ['many']])('rejects --jobs %s with exit 2', (n) => {
    const r = framelens(['analyze', '--jobs', n, SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});

describe('isSmallInput', () => {
  it('is true only for files and folders on disk under the limit', async () => {
    const { isSmallInput } = await import('../src/commands/small-input.js');
    expect(isSmallInput([SEEDS, mixed], 1e6)).toBe(true);
    expect(isSmallInput([SEEDS, mixed], 1000)).toBe(false);
    expect(isSmallInput([SEEDS, '-'], 1e6)).toBe(false);
    expect(isSmallInput([join(dir, 'missing.txt')], 1e6)).toBe(false);
  });
});

describe('footerLine', () => {
  it('leaves --jobs out of the command it echoes, since the output is the same for any N', async () => {
    const { footerLine } = await import('../src/commands/version.js');
    const lex = { hash: 'abc', files: [] } as unknown as Parameters<typeof footerLine>[0];
    expect(footerLine(lex, ['report', '--jobs', '2', 'a b', '--jobs=3', '--quiet'])).toMatch(/· framelens report "a b" --quiet$/);
  });
});
