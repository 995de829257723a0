// `framelens lexicon check|docs`: validate lexicon folders (every problem as file:line:col) or
// print the generated page listing every entry with its explanation.
// The command's options and help; the run (lexicon-run.ts) loads only when a subcommand runs.
import type { Argv, CommandModule } from 'yargs';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import type { GlobalArgs } from './options.js';

/** A subcommand's handler: its run, loaded from lexicon-run.ts when it runs. */
const loaded = (run: 'runCheck' | 'runDocs') => guarded(async (args: GlobalArgs) => (await import('./lexicon-run.js'))[run](args));

export const lexiconCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'lexicon',
  describe: 'Check lexicon files, or print the page that lists every entry',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
      .command({ command: 'check', describe: 'Validate the built-in lexicons plus --lexicons folders', handler: loaded('runCheck') } as CommandModule<GlobalArgs, GlobalArgs>)
      .command({ command: 'docs', describe: 'Write the Markdown page listing every entry with its explanation', handler: loaded('runDocs') } as CommandModule<GlobalArgs, GlobalArgs>)
      .demandCommand(1, 'lexicon needs `check` or `docs`'),
      [
        ['$0 lexicon check --lexicons docs/example-lexicon', 'validate your own lexicon folder (here the example one)'],
        ['$0 lexicon docs --out lexicons.md', 'the page listing every entry'],
      ],
    ),
  handler: () => {},
};
