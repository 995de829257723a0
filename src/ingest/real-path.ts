// Where a path really is (symbolic links resolved), also for a file not written yet: the real
// folder it would be written in, and its name. Used to tell an input and the --out file apart.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
