// An entry id given twice among the files of one kind. A --lexicons entry with a built-in entry's
// id replaces that entry where it stood (with a note, unless it is a copy of it: a copied
// `lexicons/` folder passed as --lexicons is the built-in set again); an id given in two
// --lexicons folders, or in two built-in files, is a problem at each place.
import { isDeepStrictEqual } from 'node:util';
import type { BuiltSet } from './load-lexicons.js';

export function resolveIds(built: BuiltSet): void {
  const { set } = built;
  set.loaded = resolved(built, set.loaded);
  set.attribution = resolved(built, set.attribution);
  set.hedges = resolved(built, set.hedges);
  set.actors = resolved(built, set.actors);
}

function resolved<T extends { id: string; file: string }>(built: BuiltSet, entries: T[]): T[] {
  const { at, isBuiltin } = built;
  const out: T[] = [];
  const slot = new Map<string, number>();
  for (const entry of entries) {
    const k = slot.get(entry.id);
    if (k === undefined) {
      slot.set(entry.id, out.length);
      out.push(entry);
      continue;
    }
    const earlier = out[k];
    // The same folder given twice (`--lexicons a --lexicons a`) is read once.
    if (earlier.file === entry.file) continue;
    if (isBuiltin(earlier) && !isBuiltin(entry)) {
      const { file: _mine, ...mine } = entry;
      const { file: _theirs, ...theirs } = earlier;
      if (!isDeepStrictEqual(mine, theirs)) built.notes.push(`${at(entry, ['id'])}: replaces the built-in entry ${JSON.stringify(entry.id)} (${at(earlier, ['id'])})`);
      out[k] = entry;
    } else {
      built.problems.push(`${at(entry, ['id'])}: id ${JSON.stringify(entry.id)} is already given at ${at(earlier, ['id'])}; give each entry its own id`);
    }
  }
  return out;
}
