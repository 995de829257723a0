// `framelens eval quotes --gold FILE.jsonl`: scores the quote engine against gold annotations.
import { existsSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { figures } from '../eval/score-quotes.js';
import { formatQuoteScore, runEvalQuotes } from '../eval/eval-quotes.js';
import { UsageError, guarded } from './errors.js';
import { withExamples } from './examples.js';
import { loadLexiconsForRun } from './lexicons.js';
import type { GlobalArgs } from './options.js';
import { openOutput } from './output.js';

interface EvalArgs extends GlobalArgs {
  task: string;
  gold: string;
  misses?: boolean;
  kinds?: string;
}

async function runEval(args: EvalArgs): Promise<void> {
  if (args.task !== 'quotes') throw new UsageError(`unknown evaluation "${args.task}"`, 'use `framelens eval quotes --gold FILE.jsonl`');
  if (!existsSync(args.gold)) throw new UsageError(`gold file not found: ${args.gold}`, 'give a JSON Lines file like ../shared/gold/seeds.quotes.jsonl');
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const score = await runEvalQuotes(args.gold, lexicons, args.kinds?.split(','));
  const out = openOutput(args.out, args);
  if (args.format === 'json') await out.write(`${JSON.stringify({ goldFile: args.gold, ...figures(score.total), byOutlet: score.byOutlet, byKind: score.byKind, misses: score.misses }, null, 2)}\n`);
  else await out.write(formatQuoteScore(args.gold, score, Boolean(args.misses)));
  await out.close();
}

export const evalCommand: CommandModule<GlobalArgs, EvalArgs> = {
  command: 'eval <task>',
  describe: 'Score the quote engine against gold annotations (task: quotes)',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
      .positional('task', { type: 'string', choices: ['quotes'], demandOption: true })
      .option('gold', { type: 'string', demandOption: true, describe: 'gold JSON Lines: {id, text, quotes:[{start,end,kind,speaker}]}' })
      .option('format', { choices: ['table', 'json'] as const, default: 'table' })
      .option('misses', { type: 'boolean', describe: 'list every miss (not found, spurious, wrong speaker)' })
      .option('kinds', { type: 'string', describe: 'quote kinds to score, comma-separated (default direct,partial)' }) as unknown as Argv<EvalArgs>,
      [['$0 eval quotes --gold ../shared/gold/seeds.quotes.jsonl --misses', 'score the seed gold and list the misses']],
    ),
  handler: guarded(runEval),
};
