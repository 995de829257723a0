// No input, or a path that does not exist, is a usage error (exit 2) in every command, found
// before anything is written; so is an --out file that is also an input (it would be emptied
// before it is read).
import { existsSync, statSync } from 'node:fs';
import { realPathOf } from '../ingest/real-path.js';
import { UsageError } from './errors.js';
import { STDIN_TOKEN } from './options.js';

export function checkPaths(paths: string[]): void {
  if (paths.length === 0) {
    throw new UsageError('no input given', 'name text files, JSONL files or folders, or `-` to read stdin');
  }
  const missing = paths.find((p) => p !== '-' && !existsSync(p));
  if (missing !== undefined) throw new UsageError(`no such file or folder: ${missing}`, 'check the path (or quote it if it holds spaces)');
}

/** Middleware: `-o same.csv` with `same.csv` as an input (by real path, through links) is refused. */
export function refuseOutputAsInput(argv: Record<string, unknown>): void {
  const { out, paths } = argv;
  if (typeof out !== 'string' || !Array.isArray(paths)) return;
  const target = realPathOf(out);
  for (const path of paths.map(String)) {
    if (path === STDIN_TOKEN || path === '-' || !existsSync(path) || !statSync(path).isFile()) continue;
    if (realPathOf(path) === target) {
      throw new UsageError(`--out ${out} is also an input (${path}); writing it would destroy the input`, 'write the output to another file');
    }
  }
}
