// Reads lexicons/*.yml (and any user folders), validates them and reports a broken entry as
// `file:line:col: path: expected …, found …`, a file that cannot be read at all as `file: …`.
// A valid set is cached by its hash (lexicon-cache.ts), so a run with unchanged lexicons reads
// one JSON file instead of parsing the YAML; positions are tracked only to report a problem.
import { actorEntry } from './actor-entry.js';
import { resolveIds } from './duplicate-ids.js';
import { readCachedSet, writeCachedSet } from './lexicon-cache.js';
import { BUILTIN_LEXICONS, LexiconError, lexiconHash, readSources, type Source } from './lexicon-sources.js';
import { parseFile, type ParsedFile, type ValuePath } from './parse-lexicon-file.js';
import type { LexiconFile } from './schema.js';
import type { LexiconSet } from '../types.js';

export { BUILTIN_LEXICONS, LexiconError };

export interface LoadOptions {
  /** Use and fill the cache of validated sets (default: yes). `lexicon check` always parses. */
  cache?: boolean;
}

/** A set with where each of its entries came from, and the problems found building it. */
export interface BuiltSet {
  set: LexiconSet;
  /** `file:line:col` of a value of an entry of the set (`[]`: the entry itself). */
  at(entry: object, path: ValuePath): string;
  /** The entry's file is one of the built-in lexicons. */
  isBuiltin(entry: object): boolean;
  /** Errors, as `file:line:col: …`. */
  problems: string[];
  /** What the set does that the user may not expect (a built-in entry replaced), as `file:line:col: …`. */
  notes: string[];
}

export function buildSet(sources: Source[], withPositions: boolean): BuiltSet {
  const problems: string[] = [];
  const origin = new Map<object, { file: ParsedFile; index: number }>();
  const set: LexiconSet = { loaded: [], attribution: [], hedges: [], actors: [], hash: lexiconHash(sources), files: [] };
  const files = sources.map((source) => parseFile(source, withPositions, problems));
  for (const file of files) {
    if (!file.data) continue;
    set.files.push(file.source.shown);
    addFile(set, file.data, file.source.shown, (entry, k) => origin.set(entry, { file, index: file.indices[k] }));
  }
  const built: BuiltSet = {
    set,
    at: (entry, path) => {
      const o = origin.get(entry)!;
      return o.file.at(['entries', o.index, ...path]);
    },
    isBuiltin: (entry) => origin.get(entry)!.file.source.builtin,
    problems,
    notes: [],
  };
  resolveIds(built);
  return built;
}

function addFile(set: LexiconSet, data: LexiconFile, shown: string, from: (entry: object, k: number) => void): void {
  const add = <T extends object>(list: T[], entry: T, k: number) => {
    list.push(entry);
    from(entry, k);
  };
  switch (data.kind) {
    case 'loaded':
      data.entries.forEach((e, k) => add(set.loaded, { ...e, file: shown }, k));
      break;
    case 'attribution':
      data.entries.forEach((e, k) => add(set.attribution, { ...e, file: shown }, k));
      break;
    case 'hedge':
    case 'intensifier':
      data.entries.forEach((e, k) => add(set.hedges, { ...e, kind: data.kind, file: shown }, k));
      break;
    case 'actors':
      data.entries.forEach((e, k) => add(set.actors, actorEntry(e, shown), k));
      break;
    case 'names':
      for (const e of data.entries) {
        for (const name of e.names) (set.firstNames ??= new Map()).set(name.toLowerCase(), e.gender);
        for (const [full, shorts] of Object.entries(e.nicknames ?? {})) {
          for (const short of shorts) {
            const fulls = (set.nicknames ??= new Map()).get(short.toLowerCase());
            if (fulls) fulls.push(full.toLowerCase());
            else set.nicknames.set(short.toLowerCase(), [full.toLowerCase()]);
          }
        }
      }
      break;
  }
}

export function loadLexicons(extraDirs: string[] = [], builtin = BUILTIN_LEXICONS, opts: LoadOptions = {}): LexiconSet {
  const unreadable: string[] = [];
  const sources = readSources([builtin, ...extraDirs], unreadable);
  if (unreadable.length) throw new LexiconError(unreadable);
  const useCache = opts.cache ?? true;
  if (useCache) {
    const cached = readCachedSet(sources);
    if (cached && cached.hash === lexiconHash(sources)) return cached;
  }
  // Positions cost a third of the parse: tracked only when checking or to report a problem.
  let built = buildSet(sources, !useCache);
  if (built.problems.length && useCache) built = buildSet(sources, true);
  if (built.problems.length) throw new LexiconError(built.problems);
  if (useCache) writeCachedSet(sources, built.set);
  return built.set;
}
