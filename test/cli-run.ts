// Spawns the built command (`npm test` builds first) and collects what it printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
export const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds', import.meta.url));
export const SEED_GOLD = fileURLToPath(new URL('../../shared/gold/seeds.quotes.jsonl', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function framelens(args: string[], opts: { input?: string | Uint8Array; env?: Record<string, string>; cwd?: string } = {}): Run {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it)');
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env || !('NO_COLOR' in opts.env)) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input ?? '', env, cwd: opts.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
