// The package version (read from package.json) and the lexicon hash, for outputs and footers.
import { readFileSync } from 'node:fs';
import type { LexiconSet } from '../types.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const VERSION: string = pkg.version;

export function versionInfo(lexicons: LexiconSet): { version: string; lexiconHash: string } {
  return { version: VERSION, lexiconHash: lexicons.hash };
}

/** The command as typed, less `--jobs N`: the output is the same for any number of jobs. */
function withoutJobs(argv: string[]): string[] {
  return argv.filter((a, i) => !/^--jobs(?:=|$)/.test(a) && !(argv[i - 1] === '--jobs' && !a.startsWith('-')));
}

/** The reproducibility line: version, lexicon hash and the command as typed (paths as given). */
export function footerLine(lexicons: LexiconSet, argv: string[] = process.argv.slice(2)): string {
  const command = ['framelens', ...withoutJobs(argv).map((a) => (/[\s"'$]/.test(a) ? JSON.stringify(a) : a))].join(' ');
  return `framelens ${VERSION} · lexicons sha256 ${lexicons.hash} · ${command}`;
}
