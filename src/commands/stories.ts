// `framelens stories PATHS…`: which articles report the same real-world event.
// The command's options and help; the run (stories-run.ts) loads only when the command runs.
import type { Argv, CommandModule } from 'yargs';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { FROM_RESULTS_OPTION, JOBS_OPTION, PATHS_POSITIONAL, THRESHOLD_OPTION, type GlobalArgs } from './options.js';
import type { StoriesArgs } from './stories-run.js';

export const storiesCommand: CommandModule<GlobalArgs, StoriesArgs> = {
  command: 'stories [paths..]',
  describe: 'Group the articles into stories (reports of the same event) and show who covered which',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
        .positional('paths', PATHS_POSITIONAL)
        .option('jobs', JOBS_OPTION)
        .option('format', { choices: ['table', 'jsonl', 'json'] as const, default: 'table' })
        .option('threshold', THRESHOLD_OPTION)
        .option('from-results', FROM_RESULTS_OPTION) as unknown as Argv<StoriesArgs>,
      [
        ['$0 stories ../shared/corpus/seeds', 'each story with its actors, key words, dates and articles by outlet'],
        ['$0 stories ../shared/corpus/seeds --format jsonl', 'one {id, story, …} line per article'],
      ],
    ),
  handler: guarded(async (args) => (await import('./stories-run.js')).runStories(args)),
};
