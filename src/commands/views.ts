// `framelens quotes` and `framelens actors`: one row per quote / per actor in each article, as a
// table, JSON Lines, JSON or CSV. The commands' options and help; the run (views-run.ts) loads
// only when one of them runs.
import type { Argv, CommandModule } from 'yargs';
import { guarded } from './errors.js';
import { withExamples, type Example } from './examples.js';
import { FROM_RESULTS_OPTION, JOBS_OPTION, PATHS_POSITIONAL, type GlobalArgs } from './options.js';
import type { ViewArgs } from './views-run.js';

const FORMATS = ['table', 'jsonl', 'json', 'csv'] as const;

function viewBuilder(y: Argv<GlobalArgs>, examples: Example[]): Argv<ViewArgs> {
  return withExamples(
    y.positional('paths', PATHS_POSITIONAL).option('jobs', JOBS_OPTION).option('format', { choices: FORMATS, default: 'table' }).option('from-results', FROM_RESULTS_OPTION) as unknown as Argv<ViewArgs>,
    examples,
  );
}

export const quotesCommand: CommandModule<GlobalArgs, ViewArgs> = {
  command: 'quotes [paths..]',
  describe: 'List every quote with its speaker, role, cue verb and outlet',
  builder: (y) =>
    viewBuilder(y, [
      ['$0 quotes ../shared/corpus/seeds', 'every quote with its speaker, cue verb and outlet'],
      ['$0 quotes ../shared/corpus/seeds --format csv > quotes.csv', 'the quote ledger as a spreadsheet'],
      ['$0 quotes ../shared/corpus/seeds --speaker shamkhani --kind direct', 'one speaker’s direct quotes only'],
    ])
      .option('kind', { type: 'string', describe: 'only quotes of these kinds, comma-separated: direct, partial, reported, scare, title, term' })
      .option('speaker', { type: 'string', describe: 'only quotes whose speaker’s name or actor id holds these words (any case)' })
      .option('article', { type: 'string', describe: 'only quotes from articles whose id holds these words (any case)' }) as unknown as Argv<ViewArgs>,
  handler: guarded(async (args) => (await import('./views-run.js')).runQuotes(args)),
};

export const actorsCommand: CommandModule<GlobalArgs, ViewArgs> = {
  command: 'actors [paths..]',
  describe: 'List the actors in each article: mentions, labels used, times quoted',
  builder: (y) =>
    viewBuilder(y, [
      ['$0 actors ../shared/corpus/seeds', 'who each article mentions and how it labels them'],
      ['$0 actors ../shared/corpus/seeds --format jsonl > actors.jsonl', 'one record per actor in each article'],
    ]),
  handler: guarded(async (args) => (await import('./views-run.js')).runActors(args)),
};
