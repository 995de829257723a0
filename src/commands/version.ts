// Which framelens and which lexicons produced an output: the package version (from package.json)
// and a readable lexicon version (name, hash, date of the newest entry) for every output format.
// A lexicon folder may hold `about.json` ({"name", "updated": "YYYY-MM-DD"}); the built-in one
// does, and a folder without it is named as it was given.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LexiconSet } from '../types.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const BUILTIN_ABOUT = new URL('../../lexicons/about.json', import.meta.url);

export const VERSION: string = pkg.version;

export interface LexiconVersion {
  /** `built-in`, or `built-in + my-lexicons` with --lexicons my-lexicons. */
  name: string;
  /** sha256 over the lexicon files (16 hex digits). */
  hash: string;
  /** Date of the newest entry (YYYY-MM-DD), when the folders say. */
  updated: string | null;
}

export interface Provenance {
  version: string;
  lexiconHash: string;
  lexicons: LexiconVersion;
}

function readAbout(path: string | URL): { name?: string; updated?: string } {
  try {
    const about = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; updated?: unknown };
    return {
      name: typeof about.name === 'string' ? about.name : undefined,
      updated: typeof about.updated === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(about.updated) ? about.updated : undefined,
    };
  } catch {
    return {};
  }
}

const cache = new WeakMap<LexiconSet, LexiconVersion>();

export function lexiconVersion(lexicons: LexiconSet): LexiconVersion {
  const known = cache.get(lexicons);
  if (known) return known;
  // Folders in load order; the first is always the built-in one.
  const dirs = [...new Set(lexicons.files.map((f) => dirname(f)))];
  const abouts = dirs.map((dir, i) => {
    const about = i === 0 ? readAbout(BUILTIN_ABOUT) : existsSync(join(dir, 'about.json')) ? readAbout(join(dir, 'about.json')) : {};
    return { name: about.name ?? (i === 0 ? 'built-in' : dir), updated: about.updated };
  });
  const dates = abouts.map((a) => a.updated).filter((d): d is string => Boolean(d)).sort();
  const version = { name: abouts.map((a) => a.name).join(' + ') || 'built-in', hash: lexicons.hash, updated: dates.at(-1) ?? null };
  cache.set(lexicons, version);
  return version;
}

/** The `framelens` field of JSON and JSONL output. */
export function versionInfo(lexicons: LexiconSet): Provenance {
  return { version: VERSION, lexiconHash: lexicons.hash, lexicons: lexiconVersion(lexicons) };
}

/** `lexicons built-in (2026-11-21), sha256 b61f5c93e0c5d576` */
export function lexiconLine(lexicons: LexiconSet): string {
  const v = lexiconVersion(lexicons);
  return `lexicons ${v.name}${v.updated ? ` (${v.updated})` : ''}, sha256 ${v.hash}`;
}

/** The last line of terminal tables: `framelens 0.1.0 · lexicons built-in (2026-11-21), sha256 …`. */
export function provenanceLine(lexicons: LexiconSet): string {
  return `framelens ${VERSION} · ${lexiconLine(lexicons)}`;
}

/** The command as typed, less `--jobs N`: the output is the same for any number of jobs. */
function withoutJobs(argv: string[]): string[] {
  return argv.filter((a, i) => !/^--jobs(?:=|$)/.test(a) && !(argv[i - 1] === '--jobs' && !a.startsWith('-')));
}

/** The reproducibility line: version, lexicons and the command as typed (paths as given), less `--jobs`. */
export function footerLine(lexicons: LexiconSet, argv: string[] = process.argv.slice(2)): string {
  const command = ['framelens', ...withoutJobs(argv).map((a) => (/[\s"'$]/.test(a) ? JSON.stringify(a) : a))].join(' ');
  return `${provenanceLine(lexicons)} · ${command}`;
}
