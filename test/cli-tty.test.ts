// On a real terminal (a pseudo-terminal from util-linux `script`): colour by default, none with
// NO_COLOR or --no-color, and progress on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, CLI, ROOT, SEEDS } from './cli-run.js';

const SCRIPT = '/usr/bin/script';

function inTerminal(args: string, env: Record<string, string | undefined> = {}): string {
  const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args}`;
  const r = spawnSync(SCRIPT, ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, COLUMNS: '100', ...env } });
  return r.stdout;
}

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
    expect(inTerminal(`analyze --quiet ${JSON.stringify(SEEDS)}`)).not.toMatch(/% · 1 article/);
  });
});
