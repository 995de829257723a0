// Runs `framelens lexicon check` and `framelens lexicon docs` (their options are in lexicon.ts).
import { readdirSync } from 'node:fs';
import type { Finding } from '../lexicon/check/finding.js';
import { UsageError } from './errors.js';
import { renderLexiconDocs } from '../lexicon/render-docs.js';
import { checkLexiconDirs, loadLexiconsForRun } from './lexicons.js';
import { say } from './messages.js';
import { openOutput } from './output.js';
import type { GlobalArgs } from './options.js';

export async function runCheck(args: GlobalArgs): Promise<void> {
  const dirs = args.lexicons ?? [];
  checkLexiconDirs(dirs);
  const { checkLexicons } = await import('../lexicon/check/check-lexicons.js');
  const { set, findings } = checkLexicons(dirs);
  for (const dir of dirs) {
    if (!readdirSync(dir).some((f) => f.endsWith('.yml') || f.endsWith('.yaml'))) say(`warning: --lexicons ${dir}: the folder holds no .yml or .yaml file, so it adds nothing; check the path`);
  }
  for (const f of findings) {
    if (f.severity === 'error' || !args.quiet) process.stderr.write(`${withSeverity(f)}\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const andWarnings = warnings ? ` and ${plural(warnings, 'warning')}` : '';
  if (errors) {
    throw new UsageError(`${plural(errors, 'problem')}${andWarnings} in the lexicons`, 'fix each file:line:col above and run the check again');
  }
  if (args.quiet) return;
  const terms = (entries: { terms: string[] }[]) => entries.reduce((n, e) => n + e.terms.length, 0);
  const counts = [
    `${plural(set.loaded.length, 'loaded-term entry', 'loaded-term entries')} (${plural(terms(set.loaded), 'term')})`,
    `${plural(set.attribution.length, 'attribution verb')} (${plural(terms(set.attribution.map((v) => ({ terms: v.forms }))), 'form')})`,
    `${plural(set.hedges.length, 'hedge and intensifier entry', 'hedge and intensifier entries')} (${plural(terms(set.hedges), 'term')})`,
    plural(set.actors.length, 'actor'),
  ].join(', ');
  const out = openOutput(args.out, args);
  await out.write(`ok${warnings ? ` with ${plural(warnings, 'warning')}` : ''}: ${counts} in ${set.files.length} files (sha256 ${set.hash.slice(0, 12)})\n`);
  await out.close();
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** `file:line:col: warning: …` (an error has no word: as the other problems of framelens). */
function withSeverity(f: Finding): string {
  if (f.severity === 'error') return f.text;
  return f.text.replace(/^(.+?:\d+:\d+|[^:]+): /, `$1: ${f.severity}: `);
}

export async function runDocs(args: GlobalArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out, args);
  await out.write(renderLexiconDocs(lexicons));
  await out.close();
}
