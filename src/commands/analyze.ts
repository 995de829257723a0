// `framelens analyze PATHS…`: every article's quotes, speakers, segments, actors and framing.
import type { Argv, CommandModule } from 'yargs';
import { renderArticleTable } from '../report/article-table.js';
import { renderCsv, CSV_TABLES, type CsvTable } from '../report/csv.js';
import { guarded, UsageError } from './errors.js';
import { withExamples } from './examples.js';
import { loadLexiconsForRun } from './lexicons.js';
import { ProblemReporter } from './messages.js';
import { inputPaths, JOBS_OPTION, PATHS_POSITIONAL, useColour, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { analyzeInputs, analyzeSerialized, analyzeWithText, checkPaths } from './run-analysis.js';
import { jsonDocumentHead, jsonDocumentTail } from './serialize.js';
import { renderHtml, type AnnotatedArticle } from '../report/html/render-html.js';
import { footerLine, lexiconLine, provenanceLine, VERSION, versionInfo } from './version.js';

export const ANALYZE_FORMATS = ['table', 'jsonl', 'json', 'csv', 'html'] as const;

interface AnalyzeArgs extends GlobalArgs {
  paths: string[];
  table?: CsvTable;
  withText?: boolean;
}

export async function runAnalyze(args: AnalyzeArgs): Promise<void> {
  const format = args.format ?? 'table';
  if (args.table !== undefined && format !== 'csv') {
    throw new UsageError(`--table applies only to --format csv (the format is ${format})`, `add --format csv, or leave out --table ${args.table}`);
  }
  if (args.withText && format !== 'jsonl') {
    throw new UsageError(`--with-text applies only to --format jsonl (the format is ${format})`, 'add --format jsonl, or leave out --with-text');
  }
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out, args);
  const colour = useColour(args, out);
  const problems = new ProblemReporter(args.failOn as FailOn);
  const run = { paths: inputPaths(args.paths), lexicons, outlet: args.outlet, quiet: args.quiet, columns: args.column, jobs: args.jobs };
  // A missing path is a usage error found before anything is written (the JSON head included).
  checkPaths(run.paths);
  // Each record says what produced it, so shards and concatenated files stay traceable.
  const jsonlTail = `,"framelens":${JSON.stringify(versionInfo(lexicons))}}`;
  if (format === 'html') {
    const all: AnnotatedArticle[] = [];
    for await (const a of analyzeWithText(run)) all.push({ result: problems.check(a.result), text: a.text });
    await out.write(renderHtml(all, lexicons, { title: 'framelens: annotated articles', footer: footerLine(lexicons) }));
  } else if (format === 'json') {
    // Streamed: one article at a time, however large the corpus.
    let n = 0;
    await out.write(jsonDocumentHead(versionInfo(lexicons)));
    for await (const r of analyzeSerialized(run, { format: 'json', jsonlTail, withText: false })) {
      if (n) await out.write(',');
      await out.write(problems.check(r).bytes);
      n++;
    }
    await out.write(jsonDocumentTail(n));
  } else if (format === 'csv') {
    const table = args.table ?? 'quotes';
    const producedBy: [string, string][] = [
      ['framelens_version', VERSION],
      ['lexicons', lexiconLine(lexicons).replace(/^lexicons /, '')],
    ];
    let first = true;
    for await (const r of analyzeInputs(run)) {
      await out.write(renderCsv([problems.check(r)], table, first, producedBy));
      first = false;
    }
    if (first) await out.write(renderCsv([], table, true, producedBy));
  } else if (format === 'jsonl') {
    // --with-text keeps each article's text, so `compare --from-results` gives what a fresh run gives.
    for await (const r of analyzeSerialized(run, { format: 'jsonl', jsonlTail, withText: Boolean(args.withText) })) await out.write(problems.check(r).bytes);
  } else {
    for await (const r of analyzeInputs(run)) await out.write(renderArticleTable(problems.check(r), { width: out.columns, colour }));
    await out.write(`${provenanceLine(lexicons)}\n`);
  }
  await out.close();
  problems.finish();
}

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
  handler: guarded(runAnalyze),
};
