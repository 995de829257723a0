// Reads lexicons/*.yml (and any user folders), validates them and reports a broken entry as
// `file:line:col: path: expected …, found …`, a file that cannot be read at all as `file: …`.
// A valid set is cached by its hash (lexicon-cache.ts), so a run with unchanged lexicons reads
// one JSON file instead of parsing the YAML; positions are tracked only to report a problem.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { lexiconFileSchema, type LexiconFile } from './schema.js';
import { duplicateIds } from './duplicate-ids.js';
import { readCachedSet, writeCachedSet } from './lexicon-cache.js';
import { BUILTIN_LEXICONS, LexiconError, lexiconHash, readSources, type Source } from './lexicon-sources.js';
import type { LexiconSet } from '../types.js';

export { BUILTIN_LEXICONS, LexiconError };

/** YAML aliases expanded at most this many times per file: a small file cannot blow up memory. */
const MAX_ALIASES = 100;

export interface LoadOptions {
  /** Use and fill the cache of validated sets (default: yes). `lexicon check` always parses. */
  cache?: boolean;
}

/** The YAML as data, or null with the file's problems added, each at file:line:col. */
function parseFile({ shown, text }: Source, withPositions: boolean, problems: string[]): LexiconFile | null {
  const counter = withPositions ? new LineCounter() : undefined;
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const where = (offset: number) => {
    if (!counter) return shown;
    const { line, col } = counter.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${where(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0]}`);
    return null;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // e.g. an alias bomb ("Excessive alias count indicates a resource exhaustion attack").
    problems.push(`${shown}: YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    return null;
  }
  const parsed = lexiconFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const shownPath = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
      problems.push(`${where(nodeOffset(doc, path))}: ${shownPath || '(file)'}: ${issue.message}; found ${JSON.stringify(doc.getIn(path)) ?? 'nothing'}`);
    }
    return null;
  }
  const seen = new Set<string>();
  let duplicates = false;
  parsed.data.entries.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      problems.push(`${where(nodeOffset(doc, ['entries', i, 'id']))}: entries[${i}].id: expected a unique id, found duplicate ${JSON.stringify(entry.id)}`);
      duplicates = true;
    }
    seen.add(entry.id);
  });
  return duplicates ? null : parsed.data;
}

/** Where the deepest node on `path` that exists starts (a missing key points at its parent). */
function nodeOffset(doc: Document, path: (string | number)[]): number {
  let node: unknown = undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = doc.getIn(path.slice(0, n), true);
  return isNode(node) && node.range ? node.range[0] : 0;
}

function addFile(set: LexiconSet, data: LexiconFile, shown: string): void {
  set.files.push(shown);
  switch (data.kind) {
    case 'loaded':
      for (const e of data.entries) set.loaded.push({ ...e, file: shown });
      break;
    case 'attribution':
      for (const e of data.entries) set.attribution.push({ ...e, file: shown });
      break;
    case 'hedge':
    case 'intensifier':
      for (const e of data.entries) set.hedges.push({ ...e, kind: data.kind, file: shown });
      break;
    case 'actors':
      for (const e of data.entries) set.actors.push({ ...e, file: shown });
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
  const problems: string[] = [];
  const sources = readSources([builtin, ...extraDirs], problems);
  if (problems.length) throw new LexiconError(problems);
  const digest = lexiconHash(sources);
  const useCache = opts.cache ?? true;
  if (useCache) {
    const cached = readCachedSet(sources);
    if (cached && cached.hash === digest) return cached;
  }
  const set: LexiconSet = { loaded: [], attribution: [], hedges: [], actors: [], hash: digest, files: [] };
  for (const source of sources) {
    // Positions cost a third of the parse: track them only when checking or to report a problem.
    const data = (useCache ? parseFile(source, false, []) : null) ?? parseFile(source, true, problems);
    if (data) addFile(set, data, source.shown);
  }
  if (!problems.length) problems.push(...duplicateIds(set, sources));
  if (problems.length) throw new LexiconError(problems);
  if (useCache) writeCachedSet(sources, set);
  return set;
}
