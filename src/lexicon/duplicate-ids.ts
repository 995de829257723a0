// An entry id given in two files of one kind (two --lexicons folders, or one and the built-in
// lexicons) would load both entries under one id: a problem at each place, `file:line:col`.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { LexiconSet } from '../types.js';
import type { Source } from './lexicon-sources.js';

export function duplicateIds(set: LexiconSet, sources: Source[]): string[] {
  const problems: string[] = [];
  for (const entries of [set.loaded, set.attribution, set.hedges, set.actors] as Array<Array<{ id: string; file: string }>>) {
    const first = new Map<string, string>();
    for (const { id, file } of entries) {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, file);
      else if (earlier !== file) {
        const at = (shown: string) => idPosition(sources.find((s) => s.shown === shown)!, id);
        problems.push(`${at(file)}: id ${JSON.stringify(id)} is already given at ${at(earlier)}; give each entry its own id`);
      }
    }
  }
  return problems;
}

/** `file:line:col` of the entry with this id. */
function idPosition(source: Source, id: string): string {
  const counter = new LineCounter();
  const entries = parseDocument(source.text, { lineCounter: counter }).get('entries', true);
  const node = isSeq(entries) ? entries.items.map((e) => (isMap(e) ? e.get('id', true) : null)).find((n) => n && String(n.toJSON()) === id) : null;
  const range = node && 'range' in node ? node.range : null;
  if (!range) return source.shown;
  const { line, col } = counter.linePos(range[0]);
  return `${source.shown}:${line}:${col}`;
}
