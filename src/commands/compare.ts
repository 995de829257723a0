// `framelens compare PATHS…`: how each outlet names, describes and quotes the actors.
// The command's options and help; the run (compare-run.ts) loads only when the command runs.
import type { Argv, CommandModule } from 'yargs';
import type { CompareArgs } from './compare-run.js';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { FROM_RESULTS_OPTION, JOBS_OPTION, PATHS_POSITIONAL, THRESHOLD_OPTION, type GlobalArgs } from './options.js';

export const compareCommand: CommandModule<GlobalArgs, CompareArgs> = {
  command: 'compare [paths..]',
  describe: 'Compare outlets: labels per actor, loaded terms by voice, who is quoted with which verbs',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
        .positional('paths', PATHS_POSITIONAL)
        .option('jobs', JOBS_OPTION)
        .option('format', { choices: ['table', 'json', 'jsonl'] as const, default: 'table' })
        .option('from-results', FROM_RESULTS_OPTION)
        .option('by-story', { type: 'boolean', describe: 'compare within each story that two or more outlets covered (see `framelens stories`)' })
        .option('threshold', { ...THRESHOLD_OPTION, describe: `with --by-story: ${THRESHOLD_OPTION.describe}` }) as unknown as Argv<CompareArgs>,
      [
        ['$0 compare ../shared/corpus/seeds', 'the comparison tables for the seed corpus'],
        ['$0 compare ../shared/gold/seeds.quotes.jsonl --format jsonl', 'one record per outlet × actor'],
        ['$0 compare ../shared/corpus/seeds --by-story', 'the tables within each story several outlets covered'],
        ['$0 compare ../shared/corpus/seeds --format json > comparison.json', 'the whole comparison, with distinctive words and the quote ledger'],
      ],
    ),
  handler: guarded(async (args) => (await import('./compare-run.js')).runCompare(args)),
};
