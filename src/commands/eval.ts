// `framelens eval quotes --gold FILE.jsonl`: scores the quote engine against gold annotations.
// The command's options and help; the run (eval-run.ts) loads only when the command runs.
import type { Argv, CommandModule } from 'yargs';
import { guarded } from './errors.js';
import type { EvalArgs } from './eval-run.js';
import { withExamples } from './examples.js';
import type { GlobalArgs } from './options.js';

export const evalCommand: CommandModule<GlobalArgs, EvalArgs> = {
  command: 'eval <task>',
  describe: 'Score the quote engine against gold annotations (task: quotes)',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
      // The task and --gold are checked by the run, so an unknown task is named before --gold is asked for.
      .positional('task', { type: 'string', describe: 'what to score: quotes', demandOption: true })
      .option('gold', { type: 'string', describe: 'gold JSON Lines: {id, text, quotes:[{start,end,kind,speaker}]} (required)' })
      .option('format', { choices: ['table', 'json'] as const, default: 'table' })
      .option('misses', { type: 'boolean', describe: 'list every miss (not found, spurious, wrong speaker)' })
      .option('kinds', { type: 'string', describe: 'quote kinds to score, comma-separated (default direct,partial)' }) as unknown as Argv<EvalArgs>,
      [['$0 eval quotes --gold ../shared/gold/seeds.quotes.jsonl --misses', 'score the seed gold and list the misses']],
    ),
  handler: guarded(async (args) => (await import('./eval-run.js')).runEval(args)),
};
