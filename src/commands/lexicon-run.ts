// Runs `framelens lexicon check` and `framelens lexicon docs` (their options are in lexicon.ts).
import { readdirSync } from 'node:fs';
import { LexiconError } from '../lexicon/lexicon-sources.js';
import { UsageError } from './errors.js';
import { renderLexiconDocs } from '../lexicon/render-docs.js';
import { checkLexiconDirs, loadLexiconsForRun } from './lexicons.js';
import { say } from './messages.js';
import { openOutput } from './output.js';
import type { GlobalArgs } from './options.js';

export async function runCheck(args: GlobalArgs): Promise<void> {
  const dirs = args.lexicons ?? [];
  checkLexiconDirs(dirs);
  try {
    const { loadLexicons } = await import('../lexicon/load-lexicons.js');
    const lex = loadLexicons(dirs, undefined, { cache: false });
    for (const dir of dirs) {
      if (!readdirSync(dir).some((f) => f.endsWith('.yml') || f.endsWith('.yaml'))) say(`warning: --lexicons ${dir}: the folder holds no .yml or .yaml file, so it adds nothing; check the path`);
    }
    const counts = `${lex.loaded.length} loaded terms, ${lex.attribution.length} attribution verbs, ${lex.hedges.length} hedges and intensifiers, ${lex.actors.length} actors`;
    if (args.quiet) return;
    const out = openOutput(args.out, args);
    await out.write(`ok: ${counts} in ${lex.files.length} files (sha256 ${lex.hash.slice(0, 12)})\n`);
    await out.close();
  } catch (err) {
    if (!(err instanceof LexiconError)) throw err;
    for (const problem of err.problems) process.stderr.write(`${problem}\n`);
    const n = err.problems.length;
    throw new UsageError(`${n} problem${n === 1 ? '' : 's'} in the lexicons`, 'fix each file:line:col above and run the check again');
  }
}

export async function runDocs(args: GlobalArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out, args);
  await out.write(renderLexiconDocs(lexicons));
  await out.close();
}
