// `framelens lexicon check|docs`: validate lexicon folders (every problem as file:line:col) or
// print the generated page listing every entry with its explanation.
import type { Argv, CommandModule } from 'yargs';
import { LexiconError } from '../lexicon/lexicon-sources.js';
import { guarded, UsageError } from './errors.js';
import { withExamples } from './examples.js';
import { renderLexiconDocs } from '../lexicon/render-docs.js';
import { checkLexiconDirs, loadLexiconsForRun } from './lexicons.js';
import { openOutput } from './output.js';
import type { GlobalArgs } from './options.js';

async function runCheck(args: GlobalArgs): Promise<void> {
  const dirs = args.lexicons ?? [];
  checkLexiconDirs(dirs);
  try {
    const { loadLexicons } = await import('../lexicon/load-lexicons.js');
    const lex = loadLexicons(dirs, undefined, { cache: false });
    const counts = `${lex.loaded.length} loaded terms, ${lex.attribution.length} attribution verbs, ${lex.hedges.length} hedges and intensifiers, ${lex.actors.length} actors`;
    if (!args.quiet) process.stdout.write(`ok: ${counts} in ${lex.files.length} files (sha256 ${lex.hash.slice(0, 12)})\n`);
  } catch (err) {
    if (!(err instanceof LexiconError)) throw err;
    for (const problem of err.problems) process.stderr.write(`${problem}\n`);
    const n = err.problems.length;
    throw new UsageError(`${n} problem${n === 1 ? '' : 's'} in the lexicons`, 'fix each file:line:col above and run the check again');
  }
}

async function runDocs(args: GlobalArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out, args);
  await out.write(renderLexiconDocs(lexicons));
  await out.close();
}

export const lexiconCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'lexicon',
  describe: 'Check lexicon files, or print the page that lists every entry',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
      .command({ command: 'check', describe: 'Validate the built-in lexicons plus --lexicons folders', handler: guarded(runCheck) } as CommandModule<GlobalArgs, GlobalArgs>)
      .command({ command: 'docs', describe: 'Write the Markdown page listing every entry with its explanation', handler: guarded(runDocs) } as CommandModule<GlobalArgs, GlobalArgs>)
      .demandCommand(1, 'lexicon needs `check` or `docs`'),
      [
        ['$0 lexicon check --lexicons docs/example-lexicon', 'validate your own lexicon folder (here the example one)'],
        ['$0 lexicon docs --out lexicons.md', 'the page listing every entry'],
      ],
    ),
  handler: () => {},
};
