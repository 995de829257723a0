// Reads lexicons/*.yml (and any user folders), validates them and reports a broken entry as
// `file:line:col: path: expected …, found …`, a file that cannot be read at all as `file: …`.
// A valid set is cached by its hash (lexicon-cache.ts), so a run with unchanged lexicons reads
// one JSON file instead of parsing the YAML; positions are tracked only to report a problem.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { lexiconFileSchema, type LexiconFile } from './schema.js';
import { readCachedSet, writeCachedSet } from './lexicon-cache.js';
import type { LexiconSet } from '../types.js';

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid lexicon:\n${problems.join('\n')}`);
    this.name = 'LexiconError';
  }
}

export const BUILTIN_LEXICONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../lexicons');

/** YAML aliases expanded at most this many times per file: a small file cannot blow up memory. */
const MAX_ALIASES = 100;

export interface LoadOptions {
  /** Use and fill the cache of validated sets (default: yes). `lexicon check` always parses. */
  cache?: boolean;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function reason(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
}

interface Source {
  shown: string;
  text: string;
}

function readSources(dirs: string[], problems: string[]): Source[] {
  const sources: Source[] = [];
  for (const dir of dirs) {
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
        sources.push({ shown, text: readFileSync(file, 'utf8') });
      } catch (err) {
        problems.push(`${shown}: cannot read (${reason(err)})`);
      }
    }
  }
  return sources;
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
      for (const e of data.entries) for (const name of e.names) (set.firstNames ??= new Map()).set(name.toLowerCase(), e.gender);
      break;
  }
}

export function loadLexicons(extraDirs: string[] = [], builtin = BUILTIN_LEXICONS, opts: LoadOptions = {}): LexiconSet {
  const problems: string[] = [];
  const sources = readSources([builtin, ...extraDirs], problems);
  if (problems.length) throw new LexiconError(problems);
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.text);
  const digest = hash.digest('hex').slice(0, 16);
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
  if (problems.length) throw new LexiconError(problems);
  if (useCache) writeCachedSet(sources, set);
  return set;
}
