// Runs `framelens eval quotes` (its options are in eval.ts).
import { existsSync } from 'node:fs';
import { figures } from '../eval/score-quotes.js';
import { formatQuoteScore, GoldFileError, runEvalQuotes } from '../eval/eval-quotes.js';
import { UsageError } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import type { GlobalArgs } from './options.js';
import { openOutput } from './output.js';

export interface EvalArgs extends GlobalArgs {
  task: string;
  gold?: string;
  misses?: boolean;
  kinds?: string;
}

export async function runEval(args: EvalArgs): Promise<void> {
  if (args.task !== 'quotes') throw new UsageError(`unknown evaluation "${args.task}"`, 'the one there is: `framelens eval quotes --gold FILE.jsonl`');
  if (args.gold === undefined) throw new UsageError('framelens eval needs --gold', '`framelens eval --help` shows an example');
  if (!existsSync(args.gold)) throw new UsageError(`gold file not found: ${args.gold}`, 'give a JSON Lines file like ../shared/gold/seeds.quotes.jsonl');
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const score = await runEvalQuotes(args.gold, lexicons, args.kinds?.split(',')).catch((e: unknown) => {
    // A bad gold file is the user's to fix, not a framelens bug.
    throw e instanceof GoldFileError ? new UsageError(e.message, 'make each line {"id", "text", "quotes": [{start, end, kind, speaker}]}') : e;
  });
  const out = openOutput(args.out, args);
  if (args.format === 'json') await out.write(`${JSON.stringify({ goldFile: args.gold, ...figures(score.total), byOutlet: score.byOutlet, byKind: score.byKind, misses: score.misses }, null, 2)}\n`);
  else await out.write(formatQuoteScore(args.gold, score, Boolean(args.misses)));
  await out.close();
}
