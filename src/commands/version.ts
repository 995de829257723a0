// The package version (read from package.json) and the lexicon hash, for outputs and footers.
import { readFileSync } from 'node:fs';
import type { LexiconSet } from '../types.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export const VERSION: string = pkg.version;

export function versionInfo(lexicons: LexiconSet): { version: string; lexiconHash: string } {
  return { version: VERSION, lexiconHash: lexicons.hash };
}

/** The reproducibility line: version, lexicon hash and the command as typed (paths as given). */
export function footerLine(lexicons: LexiconSet, argv: string[] = process.argv.slice(2)): string {
  const command = ['framelens', ...argv.map((a) => (/[\s"'$]/.test(a) ? JSON.stringify(a) : a))].join(' ');
  return `framelens ${VERSION} · lexicons sha256 ${lexicons.hash} · ${command}`;
}
