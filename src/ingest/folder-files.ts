import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../types.js';

/** `Page_files/`: where a browser's "save page" puts scripts, styles and ad frames, not articles. */
const SAVED_PAGE_RESOURCES = /_files$|-Dateien$|_fichiers$|_archivos$/;

/** What a folder holds for reading, in order, and what it skipped and why. */
export interface FolderListing {
  files: Array<{ path: string; name: string; dir: string }>;
  diagnostics: Diagnostic[];
}

/**
 * The files of `dir` and of its subfolders, sorted by name, subfolders after the files around them
 * in name order. Symbolic links are followed; a link back to a folder already being read is a
 * loop and is skipped with a diagnostic, and so is a browser's `Page_files/` folder. `accept` says whether a file is a readable format, or why not.
 */
export async function listFolder(dir: string, accept: (name: string) => string | null, ignore: (name: string) => boolean): Promise<FolderListing> {
  const out: FolderListing = { files: [], diagnostics: [] };
  const seen = new Set<string>();
  await walk(dir, accept, ignore, seen, out);
  return out;
}

async function walk(dir: string, accept: (name: string) => string | null, ignore: (name: string) => boolean, seen: Set<string>, out: FolderListing): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) {
    out.diagnostics.push({ severity: 'warning', code: 'symlink-loop', message: `skipped ${dir}: a link back to a folder already read (${real})`, source: { path: dir } });
    return;
  }
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).filter((d) => !d.name.startsWith('.') && !ignore(d.name));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    const path = join(dir, d.name);
    let isDir = d.isDirectory();
    let isFile = d.isFile();
    if (d.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        out.diagnostics.push({ severity: 'warning', code: 'broken-symlink', message: `skipped ${path}: a link to nothing`, source: { path } });
        continue;
      }
    }
    if (isDir && SAVED_PAGE_RESOURCES.test(d.name)) {
      out.diagnostics.push({ severity: 'info', code: 'skipped-folder', message: `skipped ${path}: a browser's folder of a saved page's resources`, source: { path } });
    } else if (isDir) await walk(path, accept, ignore, seen, out);
    else if (isFile) {
      const why = accept(d.name);
      if (why === null) out.files.push({ path, name: d.name, dir });
      else out.diagnostics.push({ severity: 'warning', code: 'skipped-file', message: `skipped ${path}: ${why}`, source: { path } });
    }
  }
}
