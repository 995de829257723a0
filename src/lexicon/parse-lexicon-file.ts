// One lexicon file parsed and validated: its valid entries, its problems as `file:line:col: …`,
// and where any of its values is. A broken entry is left out and the others are kept, so that
// `lexicon check` still checks them and the files that refer to them.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { entrySchemaOf, lexiconFileSchema, type LexiconFile } from './schema.js';
import type { Source } from './lexicon-sources.js';
import { yamlSyntaxProblem } from './yaml-syntax-problem.js';

/** YAML aliases expanded at most this many times per file: a small file cannot blow up memory. */
const MAX_ALIASES = 100;

export type ValuePath = (string | number)[];

export interface ParsedFile {
  source: Source;
  /** The file with its valid entries; null when the file as a whole cannot be read. */
  data: LexiconFile | null;
  /** The index in the file of each entry of `data.entries` (broken ones are left out). */
  indices: number[];
  /** `file:line:col` of the value at `path` (of the deepest node on it that exists), or the file
   *  alone when parsed without positions. */
  at(path: ValuePath): string;
}

export function parseFile(source: Source, withPositions: boolean, problems: string[]): ParsedFile {
  const { shown, text } = source;
  const counter = withPositions ? new LineCounter() : undefined;
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const where = (offset: number) => {
    if (!counter) return shown;
    const { line, col } = counter.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  const file: ParsedFile = { source, data: null, indices: [], at: (path) => where(nodeOffset(doc, path)) };
  if (doc.errors.length) {
    // The parser's later errors follow from its first (a `[` left open makes every line after it
    // an error): one problem, where it is.
    const { offset, message } = yamlSyntaxProblem(text, doc.errors[0]);
    problems.push(`${where(offset)}: YAML syntax: ${message}`);
    return file;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // e.g. an alias bomb ("Excessive alias count indicates a resource exhaustion attack").
    problems.push(`${shown}: YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    return file;
  }
  const parsed = lexiconFileSchema.safeParse(data);
  if (parsed.success) {
    file.data = parsed.data;
    file.indices = parsed.data.entries.map((_, i) => i);
  } else {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const shownPath = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
      problems.push(`${file.at(path)}: ${shownPath || '(file)'}: ${issue.message}; found ${JSON.stringify(doc.getIn(path)) ?? 'nothing'}`);
    }
    salvageEntries(file, data);
  }
  dropRepeatedIds(file, problems);
  return file;
}

/** The entries that are valid by themselves, when the file's kind is known. */
function salvageEntries(file: ParsedFile, data: unknown): void {
  const { kind, description, entries } = (data ?? {}) as { kind?: unknown; description?: unknown; entries?: unknown };
  if (typeof kind !== 'string' || !(kind in entrySchemaOf) || !Array.isArray(entries)) return;
  const schema = entrySchemaOf[kind as keyof typeof entrySchemaOf];
  const kept: unknown[] = [];
  entries.forEach((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) return;
    kept.push(parsed.data);
    file.indices.push(i);
  });
  file.data = { kind, description: String(description ?? ''), entries: kept } as LexiconFile;
}

/** An id given twice in one file is a problem at the second; that entry is left out. */
function dropRepeatedIds(file: ParsedFile, problems: string[]): void {
  if (!file.data) return;
  const seen = new Set<string>();
  const entries: { id: string }[] = [];
  const indices: number[] = [];
  file.data.entries.forEach((entry, k) => {
    const i = file.indices[k];
    if (seen.has(entry.id)) {
      problems.push(`${file.at(['entries', i, 'id'])}: entries[${i}].id: expected a unique id, found duplicate ${JSON.stringify(entry.id)}`);
      return;
    }
    seen.add(entry.id);
    entries.push(entry);
    indices.push(i);
  });
  file.data = { ...file.data, entries } as LexiconFile;
  file.indices = indices;
}

/** Where the deepest node on `path` that exists starts (a missing key points at its parent). */
function nodeOffset(doc: Document, path: ValuePath): number {
  let node: unknown = undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = doc.getIn(path.slice(0, n), true);
  return isNode(node) && node.range ? node.range[0] : 0;
}
