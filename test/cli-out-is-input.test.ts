// `--out` naming an input would empty it before it is read: a usage error (exit 2), the input
// left as it was; a folder being read that holds the --out file skips it with an info note.
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens } from './cli-run.js';
import { tmpFiles } from './tmp-files.js';

const { dir, fixture } = tmpFiles('framelens-out-input-');
const CSV = 'id,outlet,text\n1,A,"The mayor said the plan would work."\n';
const csv = fixture('same.csv', CSV);
symlinkSync(csv, join(dir, 'link.csv'));
const article = (n: number) => `The council met on Monday. Article ${n} said the vote was close.\n`;
for (const folder of ['s1', 's2']) for (const n of [1, 2, 3]) fixture(`${folder}/a${n}.txt`, article(n));

describe('--out that is an input', () => {
  it.each([
    [['analyze', 'same.csv', '-f', 'csv', '-o', 'same.csv'], 'same.csv', 'same.csv'],
    [['analyze', 'link.csv', '-o', './same.csv'], './same.csv', 'link.csv'],
    [['quotes', 'x.txt', 'same.csv', '-f', 'csv', '--out', join(dir, 'link.csv')], join(dir, 'link.csv'), 'same.csv'],
    [['compare', '--from-results', 'same.csv', '-f', 'jsonl', '-o', 'same.csv'], 'same.csv', 'same.csv'],
    [['report', 'same.csv', '-o', 'same.csv'], 'same.csv', 'same.csv'],
    [['extract', 'same.csv', '-o', 'same.csv'], 'same.csv', 'same.csv'],
  ])('framelens %j is refused', (args, out, input) => {
    fixture('x.txt', article(0));
    const r = framelens(args, { cwd: dir });
    expect(r.stderr).toBe(`framelens: --out ${out} is also an input (${input}); writing it would destroy the input; write the output to another file\n`);
    expect(r.code).toBe(2);
    expect(readFileSync(csv, 'utf8')).toBe(CSV);
  });
});

describe('--out inside a folder being read', () => {
  it.each([
    [['analyze', 's1', '-f', 'jsonl', '-o', 's1/out.jsonl'], 's1/out.jsonl'],
    [['report', 's2', '-o', 's2/r.md'], 's2/r.md'],
  ])('framelens %j twice reads only the articles', (args, out) => {
    framelens(args, { cwd: dir });
    const r = framelens([...args, '--fail-on', 'info'], { cwd: dir });
    expect(r.stderr).toContain(`framelens: info: ${out}: skipped: it is the --out file of this run`);
    expect(r.stderr).not.toMatch(/out\.jsonl:\d|r\.md:\d/);
    if (out.endsWith('.jsonl')) expect(readFileSync(join(dir, out), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(readdirSync(join(dir, out, '..')).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
