// Nothing lost: a path that does not exist is a usage error in every command, and the problems of
// single inputs reach stderr whatever the output format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, SEEDS } from './cli-run.js';

describe('a path that does not exist: exit 2 with one line, in every command', () => {
  it.each([
    [['analyze', '/no/such/folder']],
    [['analyze', '--format', 'jsonl', SEEDS, '/no/such/folder']],
    [['quotes', '/no/such/folder']],
    [['actors', '--format', 'csv', '/no/such/folder']],
    [['compare', SEEDS, '/no/such/folder']],
    [['report', '/no/such/folder']],
  ])('framelens %j', (args) => {
    const r = framelens(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^framelens: no such file or folder: \/no\/such\/folder; \S/);
  });
});

describe('diagnostics reach stderr in every analyze format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-robust-'));
  const input = join(dir, 'in.jsonl');
  const good = (id: string) => JSON.stringify({ id, text: 'TEHRAN - “We will talk,” Ali Shamkhani said.' });
  writeFileSync(input, [good('a'), '{"id": "broken", "text": ', good('a')].join('\n'));

  it.each(['table', 'jsonl', 'json', 'csv', 'html'])('--format %s', (format) => {
    const r = framelens(['analyze', '--format', format, input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^framelens: ${input}:2: not valid JSON`, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^framelens: warning: ${input}:3: id "a" is used by an earlier article too`, 'm'));
  });

  // --quiet hides the progress line only: a problem with an input always reaches stderr.
  it('--quiet: the problems still reach stderr and stay in the output', () => {
    const r = framelens(['analyze', '--format', 'jsonl', '--quiet', input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(r.stdout).toMatch(/"code":"duplicate-id"/);
  });
});
