// The cache of validated lexicon sets: one JSON file per set, named by a hash of the files' names
// and contents and of the loader's own code (so a new framelens never reads an old set). It lives
// in $FRAMELENS_CACHE_DIR, else $XDG_CACHE_HOME/framelens, else ~/.cache/framelens;
// FRAMELENS_CACHE_DIR=off turns it off. A cache that cannot be read or written is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LexiconSet } from '../types.js';
import { actorEntry } from './actor-entry.js';
import { BUILTIN_LEXICONS, lexiconHash, readSources } from './lexicon-sources.js';

/** The code that decides what a set holds: the loader and the schemas with their defaults. */
const LOADER_CODE = ['./load-lexicons.js', './actor-entry.js', './lexicon-sources.js', './parse-lexicon-file.js', './duplicate-ids.js', './schema.js', './lexicon-cache.js'].map((f) => {
  try {
    return readFileSync(new URL(f, import.meta.url), 'utf8');
  } catch {
    return f;
  }
});

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env.FRAMELENS_CACHE_DIR;
  if (dir === 'off') return null;
  if (dir) return dir;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'framelens');
}

function cacheFile(sources: { shown: string; text: string }[]): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const key = createHash('sha256');
  for (const code of LOADER_CODE) key.update(code).update('\0');
  // The shown path is part of each entry (`file`), so it is part of the key.
  for (const s of sources) key.update(s.shown).update('\0').update(s.text).update('\0');
  return join(dir, `lexicons-${key.digest('hex').slice(0, 32)}.json`);
}

export function readCachedSet(sources: { shown: string; text: string }[]): LexiconSet | null {
  const file = cacheFile(sources);
  if (!file) return null;
  try {
    const { firstNames, nicknames, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Omit<LexiconSet, 'firstNames' | 'nicknames'> & { firstNames?: [string, 'female' | 'male'][]; nicknames?: [string, string[]][] };
    if (!Array.isArray(rest.loaded) || !Array.isArray(rest.actors)) return null;
    const set: LexiconSet = { ...rest, actors: rest.actors.map((a) => actorEntry(a, a.file)) };
    if (firstNames) set.firstNames = new Map(firstNames);
    if (nicknames) set.nicknames = new Map(nicknames);
    return set;
  } catch {
    return null;
  }
}

export function writeCachedSet(sources: { shown: string; text: string }[], set: LexiconSet): void {
  const file = cacheFile(sources);
  if (!file) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // Written whole, then renamed: a run reading at the same time sees the old file or the new one.
    const tmp = `${file}.${process.pid}.tmp`;
    // The name Maps are kept as their entries.
    writeFileSync(tmp, JSON.stringify({ ...set, ...(set.firstNames ? { firstNames: [...set.firstNames] } : {}), ...(set.nicknames ? { nicknames: [...set.nicknames] } : {}) }));
    renameSync(tmp, file);
  } catch {
    // A read-only home or a full disk only costs the next run the parse.
  }
}

/** The lexicon set of a run: from the cache when the files are unchanged, else parsed and checked
 *  (the YAML parser and the schemas are loaded only then: they cost a cold start ~0.2 s). */
export async function loadLexiconsCached(extraDirs: string[] = []): Promise<LexiconSet> {
  const problems: string[] = [];
  const sources = readSources([BUILTIN_LEXICONS, ...extraDirs], problems);
  if (!problems.length) {
    const cached = readCachedSet(sources);
    if (cached && cached.hash === lexiconHash(sources)) return cached;
  }
  const { loadLexicons } = await import('./load-lexicons.js');
  return loadLexicons(extraDirs);
}
