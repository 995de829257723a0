// `framelens extract PATHS…`: the text, segments and metadata read from each input (web pages,
// WARC archives, CSV/JSON exports, text), exactly as the analysis sees them. No lexicons needed.
import type { Argv, CommandModule } from 'yargs';
import { readInputs } from '../ingest/read-inputs.js';
import { extractedArticle } from '../pipeline.js';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { problemLine, say } from './messages.js';
import { csvColumns, failsAt, inputPaths, PATHS_POSITIONAL, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { checkPaths } from './run-analysis.js';

export const EXTRACT_FORMATS = ['jsonl', 'text'] as const;

interface ExtractArgs extends GlobalArgs {
  paths: string[];
}

export async function runExtract(args: ExtractArgs): Promise<void> {
  const paths = inputPaths(args.paths);
  checkPaths(paths);
  const columns = csvColumns(args.column);
  const out = openOutput(args.out, args);
  let failed = false;
  for await (const item of readInputs(paths, { stdin: process.stdin, columns })) {
    for (const d of item.diagnostics) {
      if (failsAt(d.severity, (args.failOn ?? 'error') as FailOn)) failed = true;
      if (d.severity !== 'info') say(problemLine(d, item.kind === 'article' ? item.article.id : item.id));
    }
    if (item.kind !== 'article') continue;
    const article = args.outlet ? { ...item.article, outlet: args.outlet } : item.article;
    const record = extractedArticle(article);
    if (args.format === 'text') await out.write(`${record.text}\n\f\n`);
    else await out.write(`${JSON.stringify(record)}\n`);
  }
  await out.close();
  if (failed) process.exitCode = 1;
}

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
  handler: guarded(runExtract),
};
