// How many values an option takes: a single-valued option given twice is a usage error; each
// --lexicons or --column takes exactly one value, so the paths after it stay paths.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, ROOT, SEEDS } from './cli-run.js';
import { WEB } from './web-fixtures.js';

const article = join(SEEDS, '000_57b81a7a0a24d8a2.txt');
const lexicon = join(ROOT, 'docs/example-lexicon');
const csv = join(WEB, 'export.csv');

describe('a single-valued option given twice: one line, exit 2', () => {
  it.each([
    [['analyze', article, '-f', 'csv', '-f', 'jsonl'], 'framelens: --format given 2 times (csv, jsonl); give --format once'],
    [['analyze', article, '--outlet', 'A', '--outlet', 'B'], 'framelens: --outlet given 2 times (A, B); give --outlet once'],
    [['quotes', article, '--out', 'a.csv', '--out', 'b.csv'], 'framelens: --out given 2 times (a.csv, b.csv); give --out once'],
    [['analyze', article, '--jobs', '1', '--jobs', '2'], 'framelens: --jobs given 2 times (1, 2); give --jobs once'],
    [['analyze', article, '--fail-on', 'info', '--fail-on', 'none'], 'framelens: --fail-on given 2 times (info, none); give --fail-on once'],
  ])('framelens %j', (args, line) => {
    const r = framelens(args);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
});

describe('repeatable options take one value each', () => {
  const ids = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  it.each([
    [['analyze', '--lexicons', lexicon, article, '-f', 'jsonl', '--quiet'], ['000_57b81a7a0a24d8a2']],
    [['analyze', '--lexicons', lexicon, '--lexicons', lexicon, '-f', 'jsonl', '--quiet', '--', article], ['000_57b81a7a0a24d8a2']],
    [['extract', '--column', 'text=body', csv, article, '--fail-on', 'none'], ['c-1', 'c-2', '000_57b81a7a0a24d8a2']],
  ])('framelens %j', (args, expected) => {
    const r = framelens(args);
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(expected);
  });
});
