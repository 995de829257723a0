import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../types.js';
import { canonicalWire } from '../segment/known-sources.js';
import { dateProblem } from '../stories/days.js';
import { decodeText } from './decode-text.js';

/** What a folder's `manifest.json` says about one of its files. */
export interface ManifestEntry {
  outlet?: string;
  published?: string;
  wire?: string | null;
  title?: string;
  url?: string;
}

export const MANIFEST = 'manifest.json';

/**
 * The folder's manifest (an array of `{file, outlet, published, wire, ...}`) by file path relative
 * to the folder. A missing manifest is normal; an unreadable one, or an entry that cannot be
 * used, is a warning and the folder is read without it.
 */
export async function readManifest(dir: string): Promise<{ entries: Map<string, ManifestEntry>; diagnostics: Diagnostic[] }> {
  const path = join(dir, MANIFEST);
  const entries = new Map<string, ManifestEntry>();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { entries, diagnostics: [] };
  }
  const warn = (message: string): { entries: Map<string, ManifestEntry>; diagnostics: Diagnostic[] } => ({
    entries,
    diagnostics: [{ severity: 'warning', code: 'manifest-invalid', message, source: { path } }],
  });
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) return warn(`manifest cannot be read: ${decoded.diagnostic.message}; read without it`);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return warn(`manifest is not valid JSON (${(e as Error).message}); read without it`);
  }
  if (!Array.isArray(value)) return warn('manifest must be an array of {file, outlet, published, wire}; read without it');
  const diagnostics: Diagnostic[] = [];
  const firstAt = new Map<string, number>();
  value.forEach((item: unknown, i) => {
    const problem = (message: string) => diagnostics.push({ severity: 'warning', code: 'manifest-invalid', message: `entry ${i + 1}: ${message}`, source: { path } });
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return problem(`${JSON.stringify(item)} is not an object like {"file": "a.txt", "outlet": "X"}; skipped`);
    const entry = manifestEntry(item as Record<string, unknown>, problem);
    const file = (item as Record<string, unknown>).file;
    if (typeof file !== 'string' || file === '') return problem('has no "file" naming the file it describes; skipped');
    const key = entryPath(dir, file);
    if (key === null) return problem(`names ${file}, which is outside the manifest's folder; skipped`);
    if (firstAt.has(key)) problem(`names ${file} again (entry ${firstAt.get(key)} did too); the last entry is used`);
    else firstAt.set(key, i + 1);
    entries.set(key, entry);
  });
  return { entries, diagnostics };
}

/** An entry's file as a path from the manifest's folder with `/` between parts (`./a.txt`,
 * `sub/../a.txt` and the absolute path of the file are all `a.txt`), or null outside the folder. */
function entryPath(dir: string, file: string): string | null {
  const from = isAbsolute(file) ? relative(resolve(dir), file).split(sep).join('/') : file.replace(/\\/g, '/');
  const normal = posix.normalize(from);
  return normal === '..' || normal.startsWith('../') || posix.isAbsolute(normal) ? null : normal;
}

function manifestEntry(item: Record<string, unknown>, problem: (message: string) => void): ManifestEntry {
  const str = (k: string): string | undefined => (typeof item[k] === 'string' ? (item[k] as string) : undefined);
  const entry: ManifestEntry = {};
  const outlet = str('outlet');
  const published = str('published');
  const title = str('title');
  const url = str('url');
  if (outlet) entry.outlet = outlet;
  const notDate = published ? dateProblem(published) : null;
  if (notDate) problem(`"published": ${JSON.stringify(published)} is not a usable date: ${notDate}; left out`);
  else if (published) entry.published = published;
  if (title) entry.title = title;
  if (url) entry.url = url;
  if (typeof item.wire === 'string') entry.wire = canonicalWire(item.wire);
  else if (item.wire === null) entry.wire = null;
  return entry;
}

/** Manifest entries naming files the folder does not hold (a typo there silently loses the
 * outlet of the file meant): a warning each. */
export function missingFromManifest(dir: string, entries: Map<string, ManifestEntry>): Diagnostic[] {
  const source = { path: join(dir, MANIFEST) };
  return [...entries.keys()]
    .filter((file) => !existsSync(join(dir, file)))
    .map((file) => ({ severity: 'warning', code: 'manifest-missing-file', message: `manifest names ${file}, which is not a file in the folder`, source }));
}
