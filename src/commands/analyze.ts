// `framelens analyze PATHS…`: every article's quotes, speakers, segments, actors and framing.
import type { Argv, CommandModule } from 'yargs';
import { renderArticleQuotes } from '../report/quotes-table.js';
import { renderCsv, CSV_TABLES, type CsvTable } from '../report/csv.js';
import type { ArticleResult, Diagnostic } from '../types.js';
import { guarded } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { failsAt, inputPaths, JOBS_OPTION, PATHS_POSITIONAL, useColour, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { analyzeInputs, analyzeSerialized, analyzeWithText } from './run-analysis.js';
import { jsonDocumentHead, jsonDocumentTail } from './serialize.js';
import { renderHtml, type AnnotatedArticle } from '../report/html/render-html.js';
import { footerLine, versionInfo } from './version.js';

export const ANALYZE_FORMATS = ['table', 'jsonl', 'json', 'csv', 'html'] as const;

interface AnalyzeArgs extends GlobalArgs {
  paths: string[];
  table?: CsvTable;
}

export async function runAnalyze(args: AnalyzeArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out);
  const format = args.format ?? 'table';
  const colour = useColour(args, out);
  let failed = false;
  const track = <R extends { id: string; diagnostics: Diagnostic[] }>(r: R): R => {
    if (r.diagnostics.some((d) => failsAt(d.severity, (args.failOn ?? 'error') as FailOn))) failed = true;
    // Problems reach stderr in every format (a CSV or HTML file has no place for them).
    for (const d of r.diagnostics) if (d.severity !== 'info' && !args.quiet) process.stderr.write(`framelens: ${diagnosticLine(r.id, d)}\n`);
    return r;
  };
  const run = { paths: inputPaths(args.paths), lexicons, outlet: args.outlet, quiet: args.quiet, columns: args.column, jobs: args.jobs };
  if (format === 'html') {
    const all: AnnotatedArticle[] = [];
    for await (const a of analyzeWithText(run)) all.push({ result: track(a.result), text: a.text });
    await out.write(renderHtml(all, lexicons, { title: 'framelens: annotated articles', footer: footerLine(lexicons) }));
  } else if (format === 'json' || format === 'jsonl') {
    // Streamed: one article at a time, however large the corpus.
    let n = 0;
    if (format === 'json') await out.write(jsonDocumentHead(versionInfo(lexicons)));
    for await (const r of analyzeSerialized(run, format)) {
      track(r);
      if (format === 'json' && n) await out.write(',');
      await out.write(r.bytes);
      n++;
    }
    if (format === 'json') await out.write(jsonDocumentTail(n));
  } else if (format === 'csv') {
    const table = args.table ?? 'quotes';
    let first = true;
    for await (const r of analyzeInputs(run)) {
      await out.write(renderCsv([track(r)], table, first));
      first = false;
    }
    if (first) await out.write(renderCsv([], table, true));
  } else {
    for await (const r of analyzeInputs(run)) {
      track(r);
      await out.write(renderArticleQuotes(r, { width: out.columns, colour }));
    }
  }
  await out.close();
  if (failed) process.exitCode = 1;
}

function diagnosticLine(id: string, d: Diagnostic): string {
  const where = d.source ? `${d.source.path}${d.source.line ? `:${d.source.line}` : ''}` : id;
  return `${where}: ${d.severity}: ${d.message}`;
}

export const analyzeCommand: CommandModule<GlobalArgs, AnalyzeArgs> = {
  command: 'analyze [paths..]',
  describe: 'Find quotes, speakers, actors and loaded terms in each article',
  builder: (y: Argv<GlobalArgs>) =>
    y
      .positional('paths', PATHS_POSITIONAL)
      .option('jobs', JOBS_OPTION)
      .option('format', { choices: ANALYZE_FORMATS, default: 'table' })
      .option('table', { choices: CSV_TABLES, describe: 'which rows --format csv writes', default: 'quotes' as CsvTable })
      .example('$0 analyze --format jsonl ../shared/corpus/seeds > seeds.jsonl', 'one JSON object per article')
      .example('cat article.txt | $0 analyze -', 'read one article from stdin')
      .example('$0 analyze ../shared/corpus/seeds --format html --out seeds.html', 'the annotated view, one offline HTML file') as unknown as Argv<AnalyzeArgs>,
  handler: guarded(runAnalyze),
};
