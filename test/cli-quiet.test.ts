// --quiet hides progress and the diagnostics below --fail-on; a diagnostic at or over it (one that
// sets the exit code) is printed on stderr in every format and by every command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, SEEDS } from './cli-run.js';
import { tmpFiles } from './tmp-files.js';

const { dir, fixture } = tmpFiles('framelens-quiet-');
const article = readFileSync(join(SEEDS, '000_57b81a7a0a24d8a2.txt'), 'utf8');
fixture('saved/a.txt', article);
fixture('saved/Page_files/s.js', 'var x = 1;');
fixture('mixed/a.txt', article);
fixture('mixed/notes.pdf', '%PDF-1.4');
const latin1 = fixture('latin1.txt', Buffer.concat([Buffer.from(article), Buffer.from([0xe9])]));
const saved = join(dir, 'saved');
const mixed = join(dir, 'mixed');
const SKIPPED = `info: ${join(saved, 'Page_files')}: skipped: a browser's folder of a saved page's resources`;
const NOT_UTF8 = `${latin1}: not valid UTF-8`;

describe('--quiet keeps what sets the exit code', () => {
  it.each([
    // [command, args, printed, code]
    ['analyze', [saved, '--fail-on', 'info', '-q'], SKIPPED, 1],
    ['analyze', [saved, '--fail-on', 'info'], SKIPPED, 1],
    ['quotes', [saved, '--fail-on', 'info', '--quiet'], SKIPPED, 1],
    ['compare', [saved, '--fail-on', 'info', '--quiet'], SKIPPED, 1],
    ['stories', [saved, '--fail-on', 'info', '--quiet'], SKIPPED, 1],
    ['extract', [saved, '--fail-on', 'info', '--quiet'], SKIPPED, 1],
    ['analyze', [latin1, '-q'], NOT_UTF8, 1],
  ] as const)('%s %j', (command, args, printed, code) => {
    for (const format of command === 'analyze' ? ['table', 'jsonl', 'json', 'csv', 'html'] : [undefined]) {
      const r = framelens([command, ...args, ...(format ? ['--format', format] : [])]);
      expect(r.stderr).toContain(`framelens: ${printed}`);
      expect(r.code).toBe(code);
    }
  });

  it.each([
    ['analyze', [saved, '-q']],
    ['analyze', [saved]],
    ['analyze', [mixed, '-q']],
    ['compare', [mixed, '-q']],
    ['stories', [mixed, '-q']],
    ['extract', [mixed, '-q']],
  ] as const)('below --fail-on: %s %j prints nothing', (command, args) => {
    const r = framelens([command, ...args, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
