// The lexicon files of a run, read but not parsed: enough to find the set in the cache, so a run
// with unchanged lexicons never loads the YAML parser or the schemas.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid lexicon:\n${problems.join('\n')}`);
    this.name = 'LexiconError';
  }
}

export const BUILTIN_LEXICONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../lexicons');

export interface Source {
  /** The path as shown in messages and in each entry's `file`. */
  shown: string;
  text: string;
  /** From the first folder read (the built-in lexicons). */
  builtin: boolean;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function reason(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
}

/** The .yml/.yaml files of each folder, sorted; what cannot be read is a `file: …` problem. */
export function readSources(dirs: string[], problems: string[]): Source[] {
  const sources: Source[] = [];
  for (const [d, dir] of dirs.entries()) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml')).sort();
    } catch (err) {
      problems.push(`${displayPath(dir)}: cannot list the lexicon folder (${reason(err)})`);
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      const shown = displayPath(file);
      try {
        if (statSync(file).isDirectory()) {
          problems.push(`${shown}: a folder, not a lexicon file; rename it or move it out of ${displayPath(dir)}`);
          continue;
        }
        sources.push({ shown, text: readFileSync(file, 'utf8'), builtin: d === 0 });
      } catch (err) {
        problems.push(`${shown}: cannot read (${reason(err)})`);
      }
    }
  }
  return sources;
}

/** sha256 over the files' contents, for the reproducibility footer. */
export function lexiconHash(sources: Source[]): string {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.text);
  return hash.digest('hex').slice(0, 16);
}
