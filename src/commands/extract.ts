// `framelens extract PATHS…`: the text, segments and metadata read from each input (web pages,
// WARC archives, CSV/JSON exports, text), exactly as the analysis sees them. No lexicons needed.
// The command's options and help; the run (extract-run.ts) loads only when the command runs.
import type { Argv, CommandModule } from 'yargs';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { PATHS_POSITIONAL, type GlobalArgs } from './options.js';
import type { ExtractArgs } from './extract-run.js';

const EXTRACT_FORMATS = ['jsonl', 'text'] as const;

export const extractCommand: CommandModule<GlobalArgs, ExtractArgs> = {
  command: 'extract [paths..]',
  describe: 'Print the text, segments and metadata read from web pages, WARCs, CSV/JSON exports and text',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
        .positional('paths', PATHS_POSITIONAL)
        .option('format', { choices: EXTRACT_FORMATS, default: 'jsonl', describe: 'jsonl: {id, url, outlet, title, published, authors, language, text, segments}; text: the texts, form-feed separated' }) as unknown as Argv<ExtractArgs>,
      [
        ['$0 extract test/fixtures/web/pages/harbour-vote.html', 'one JSON object per page (here a test page)'],
        ['$0 extract ../shared/corpus/seeds --format text | head -40', 'the start of the article texts, as framelens reads them'],
        ['$0 extract test/fixtures/web/news-please.json --format text', 'the text of a news-please export'],
      ],
    ),
  handler: guarded(async (args) => (await import('./extract-run.js')).runExtract(args)),
};
