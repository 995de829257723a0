// Whether the inputs are known to be small: then `--jobs` does not start workers, since each
// worker loads the pipeline and compiles the lexicons anew (about half a second of CPU), which is
// more than a small input costs to analyse in the main thread. The output is the same either way.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** FRAMELENS_SMALL_INPUT_BYTES=0 starts workers for any input (the tests use it). */
export const SMALL_INPUT_BYTES = Number(process.env.FRAMELENS_SMALL_INPUT_BYTES ?? 1_000_000);
const MAX_ENTRIES = 1000;

/** True when every path is a file or folder on disk (not stdin) and they hold under `limit` bytes. */
export function isSmallInput(paths: string[], limit = SMALL_INPUT_BYTES): boolean {
  let bytes = 0;
  let entries = 0;
  const fits = (path: string): boolean => {
    if (++entries > MAX_ENTRIES) return false;
    const info = statSync(path);
    if (info.isDirectory()) return readdirSync(path).every((name) => fits(join(path, name)));
    bytes += info.size;
    return bytes < limit;
  };
  try {
    return paths.every((p) => p !== '-' && fits(p));
  } catch {
    return false; // the reader reports what cannot be read
  }
}
