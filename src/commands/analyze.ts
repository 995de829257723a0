// `framelens analyze PATHS…`: every article's quotes, speakers, segments, actors and framing.
// The command's options and help; the run (analyze-run.ts) loads only when the command runs.
import type { Argv, CommandModule } from 'yargs';
import { CSV_TABLES } from '../report/csv.js';
import type { AnalyzeArgs } from './analyze-run.js';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { JOBS_OPTION, PATHS_POSITIONAL, type GlobalArgs } from './options.js';

const ANALYZE_FORMATS = ['table', 'jsonl', 'json', 'csv', 'html'] as const;

export const analyzeCommand: CommandModule<GlobalArgs, AnalyzeArgs> = {
  command: 'analyze [paths..]',
  describe: 'Find quotes, speakers, actors and loaded terms in each article',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
      .positional('paths', PATHS_POSITIONAL)
      .option('jobs', JOBS_OPTION)
      .option('format', { choices: ANALYZE_FORMATS, default: 'table' })
      .option('table', { choices: CSV_TABLES, describe: 'which rows --format csv writes (default quotes)' })
      .option('with-text', { type: 'boolean', describe: 'with --format jsonl: keep each article\'s text in its record, for `compare`/`report --from-results`' }) as unknown as Argv<AnalyzeArgs>,
      [
        ['$0 analyze ../shared/corpus/seeds', 'per article: quotes with speakers, actors with labels, loaded terms'],
        ['$0 analyze ../shared/corpus/seeds --format jsonl > seeds.jsonl', 'one JSON object per article'],
        ['$0 analyze ../shared/corpus/seeds -f csv --table framing > framing.csv', 'loaded terms as a spreadsheet (-f is short for --format)'],
        ['$0 analyze - < ../shared/corpus/seeds/000_57b81a7a0a24d8a2.txt', 'read one article from stdin'],
        ['$0 analyze ../shared/corpus/seeds --format html --out seeds.html', 'the annotated articles, one offline HTML file'],
      ],
    ),
  handler: guarded(async (args) => (await import('./analyze-run.js')).runAnalyze(args)),
};
