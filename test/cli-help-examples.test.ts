// Every example in `framelens --help` and in each command's help runs as printed, pasted into a
// shell where `framelens` is on the PATH, from a folder laid out like a checkout (../shared beside
// it). The README's command-line examples are among them, so they run too.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, framelens, ROOT, SEEDS } from './cli-run.js';

const HELP_PAGES = [[], ['analyze'], ['quotes'], ['actors'], ['compare'], ['report'], ['stories'], ['extract'], ['lexicon'], ['eval']];

/** The example commands of one help page: the lines under "Examples:" that start with `framelens `. */
function examplesOf(help: string): string[] {
  const section = help.split('\nExamples:\n')[1]?.split('\n\n')[0] ?? '';
  return section.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('framelens '));
}

const pages = HELP_PAGES.map((words) => ({ words, help: framelens([...words, '--help']).stdout }));
const examples = [...new Set(pages.flatMap((p) => examplesOf(p.help)))];

let work = '';
let bin = '';
beforeAll(() => {
  // A checkout-like folder: ./docs/example-lexicon, ./test/fixtures/web, ../shared beside it.
  const root = mkdtempSync(join(tmpdir(), 'framelens-examples-'));
  work = join(root, 'framelens');
  mkdirSync(join(work, 'docs'), { recursive: true });
  cpSync(join(ROOT, 'docs/example-lexicon'), join(work, 'docs/example-lexicon'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/web'), join(work, 'test/fixtures/web'), { recursive: true });
  symlinkSync(join(SEEDS, '../..'), join(root, 'shared'));
  bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'framelens'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`);
  chmodSync(join(bin, 'framelens'), 0o755);
});

function run(command: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd: work, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('help examples', () => {
  it('every help page has examples, each under a "# what it does" line, none wrapped at 80 columns', () => {
    for (const { words, help } of pages) {
      const found = examplesOf(help);
      expect(found.length, `framelens ${words.join(' ')} --help`).toBeGreaterThan(0);
      for (const example of found) expect(example.length + 2, example).toBeLessThanOrEqual(80);
    }
  });

  it('the README shows only commands that are help examples', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1]);
    const shown = blocks.flatMap((b) => b.split('\n')).filter((l) => l.startsWith('framelens '));
    expect(shown.length).toBeGreaterThan(3);
    for (const command of shown) expect(examples, command).toContain(command);
  });

  it.concurrent.each(examples)('%s', async (example) => {
    const r = await run(example);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
