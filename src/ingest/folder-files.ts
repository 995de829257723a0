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
export async function listFolder(dir: string, accept: (name: string) => string | null, ignore: (name: string) => boolean, output?: string): Promise<FolderListing> {
  const out: FolderListing = { files: [], diagnostics: [] };
  const seen = new Set<string>();
  await walk({ accept, ignore, output, seen }, dir, out);
  return out;
}

interface Walk {
  accept: (name: string) => string | null;
  ignore: (name: string) => boolean;
  /** The real path of the --out file, never read as an input (it may be a run's old output). */
  output: string | undefined;
  seen: Set<string>;
}

async function walk(w: Walk, dir: string, out: FolderListing): Promise<void> {
  const { accept, ignore, seen } = w;
  const realDir = await realpath(dir);
  if (seen.has(realDir)) {
    out.diagnostics.push({ severity: 'warning', code: 'symlink-loop', message: `skipped: a link back to a folder already read (${realDir})`, source: { path: dir } });
    return;
  }
  seen.add(realDir);
  const entries = (await readdir(dir, { withFileTypes: true })).filter((d) => !d.name.startsWith('.') && !ignore(d.name));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    const path = join(dir, d.name);
    let isDir = d.isDirectory();
    let isFile = d.isFile();
    let real = join(realDir, d.name);
    if (d.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
        real = await realpath(path);
      } catch {
        out.diagnostics.push({ severity: 'warning', code: 'broken-symlink', message: 'skipped: a link to nothing', source: { path } });
        continue;
      }
    }
    if (isDir && SAVED_PAGE_RESOURCES.test(d.name)) {
      out.diagnostics.push({ severity: 'info', code: 'skipped-folder', message: `skipped: a browser's folder of a saved page's resources`, source: { path } });
    } else if (isDir) await walk(w, path, out);
    else if (isFile && real === w.output) {
      out.diagnostics.push({ severity: 'info', code: 'skipped-output', message: 'skipped: it is the --out file of this run', source: { path } });
    } else if (isFile) {
      const why = accept(d.name);
      if (why === null) out.files.push({ path, name: d.name, dir });
      else out.diagnostics.push({ severity: 'warning', code: 'skipped-file', message: `skipped: ${why}`, source: { path } });
    }
  }
}
