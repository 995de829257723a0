// Reads lexicons/*.yml (and any user folders), validates them and reports a broken entry as
// `file:line:col: path: expected …, found …`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { lexiconFileSchema } from './schema.js';
import type { LexiconSet } from '../types.js';

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid lexicon:\n${problems.join('\n')}`);
    this.name = 'LexiconError';
  }
}

export const BUILTIN_LEXICONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../lexicons');

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function lexiconFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadLexicons(extraDirs: string[] = [], builtin = BUILTIN_LEXICONS): LexiconSet {
  const files = [builtin, ...extraDirs].flatMap(lexiconFiles);
  const set: LexiconSet = { loaded: [], attribution: [], hedges: [], actors: [], hash: '', files: [] };
  const problems: string[] = [];
  const hash = createHash('sha256');
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    hash.update(source);
    const shown = displayPath(file);
    set.files.push(shown);
    const counter = new LineCounter();
    const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
    const where = (offset: number) => {
      const { line, col } = counter.linePos(offset);
      return `${shown}:${line}:${col}`;
    };
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push(`${where(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0]}`);
      continue;
    }
    const parsed = lexiconFileSchema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        // Point at the deepest node that exists (a missing key points at its parent).
        let node: unknown = undefined;
        for (let n = path.length; n >= 0 && !node; n--) node = doc.getIn(path.slice(0, n), true);
        const offset = isNode(node) && node.range ? node.range[0] : 0;
        const found = doc.getIn(path);
        const shownPath = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
        problems.push(`${where(offset)}: ${shownPath || '(file)'}: ${issue.message}; found ${JSON.stringify(found) ?? 'nothing'}`);
      }
      continue;
    }
    const data = parsed.data;
    const seen = new Set<string>();
    data.entries.forEach((entry, i) => {
      if (seen.has(entry.id)) {
        const node = doc.getIn(['entries', i, 'id'], true);
        problems.push(`${where(isNode(node) && node.range ? node.range[0] : 0)}: entries[${i}].id: expected a unique id, found duplicate ${JSON.stringify(entry.id)}`);
      }
      seen.add(entry.id);
    });
    switch (data.kind) {
      case 'loaded':
        set.loaded.push(...data.entries.map((e) => ({ ...e, file: shown })));
        break;
      case 'attribution':
        set.attribution.push(...data.entries.map((e) => ({ ...e, file: shown })));
        break;
      case 'hedge':
      case 'intensifier':
        set.hedges.push(...data.entries.map((e) => ({ ...e, kind: data.kind, file: shown })));
        break;
      case 'actors':
        set.actors.push(...data.entries.map((e) => ({ ...e, file: shown })));
        break;
      case 'names':
        for (const e of data.entries) for (const name of e.names) (set.firstNames ??= new Map()).set(name.toLowerCase(), e.gender);
        break;
    }
  }
  if (problems.length) throw new LexiconError(problems);
  set.hash = hash.digest('hex').slice(0, 16);
  return set;
}
