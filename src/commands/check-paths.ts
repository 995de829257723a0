// No input, or a path that does not exist, is a usage error (exit 2) in every command, found
// before anything is written.
import { existsSync } from 'node:fs';
import { UsageError } from './errors.js';

export function checkPaths(paths: string[]): void {
  if (paths.length === 0) {
    throw new UsageError('no input given', 'name text files, JSONL files or folders, or `-` to read stdin');
  }
  const missing = paths.find((p) => p !== '-' && !existsSync(p));
  if (missing !== undefined) throw new UsageError(`no such file or folder: ${missing}`, 'check the path (or quote it if it holds spaces)');
}
