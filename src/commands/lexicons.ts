// Loads the built-in lexicons plus --lexicons folders; a broken lexicon is a usage error (exit 2).
import { existsSync, statSync } from 'node:fs';
import { loadLexiconsCached } from '../lexicon/lexicon-cache.js';
import { LexiconError } from '../lexicon/lexicon-sources.js';
import type { LexiconSet } from '../types.js';
import { UsageError } from './errors.js';

export function checkLexiconDirs(dirs: string[]): void {
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(`--lexicons ${dir} is not a folder`, 'give a folder of .yml lexicon files');
    }
  }
}

export async function loadLexiconsForRun(dirs: string[] = []): Promise<LexiconSet> {
  checkLexiconDirs(dirs);
  try {
    return await loadLexiconsCached(dirs);
  } catch (err) {
    if (err instanceof LexiconError) {
      const n = err.problems.length;
      throw new UsageError(
        `${n} problem${n === 1 ? '' : 's'} in the lexicons, first: ${err.problems[0]}`,
        `run \`framelens lexicon check${dirs.map((d) => ` --lexicons ${d}`).join('')}\` to list them all`,
      );
    }
    throw err;
  }
}
