// Runs `framelens analyze` (its options are in analyze.ts). The table and HTML renderers load only
// when that format is chosen, so the other formats skip their start-up time.
import { renderCsv, type CsvTable } from '../report/csv.js';
import type { AnnotatedArticle } from '../report/html/render-html.js';
import { UsageError } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { ProblemReporter } from './messages.js';
import { inputPaths, useColour, type FailOn, type GlobalArgs } from './options.js';
import { openOutput, type Output } from './output.js';
import { checkPaths } from './check-paths.js';
import { analyzeInputs, analyzeSerialized, analyzeWithText } from './run-analysis.js';
import { jsonDocumentHead, jsonDocumentTail, type SerializedResult } from './serialize.js';
import { footerLine, lexiconLine, provenanceLine, VERSION, versionInfo } from './version.js';

export interface AnalyzeArgs extends GlobalArgs {
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
  const problems = new ProblemReporter(args.failOn as FailOn, args.quiet);
  const run = { paths: inputPaths(args.paths), lexicons, outlet: args.outlet, quiet: args.quiet, columns: args.column, jobs: args.jobs, out: args.out };
  // A missing path is a usage error found before anything is written (the JSON head included).
  checkPaths(run.paths);
  // Each record says what produced it, so shards and concatenated files stay traceable.
  const jsonlTail = `,"framelens":${JSON.stringify(versionInfo(lexicons))}}`;
  if (format === 'html') {
    const { renderHtml } = await import('../report/html/render-html.js');
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
    await writeJsonl(analyzeSerialized(run, { format: 'jsonl', jsonlTail, withText: Boolean(args.withText) }), out, problems);
  } else {
    const { renderArticleTable } = await import('../report/article-table.js');
    for await (const r of analyzeInputs(run)) await out.write(renderArticleTable(problems.check(r), { width: out.columns, colour, registry: lexicons.actors }));
    await out.write(`${provenanceLine(lexicons)}\n`);
  }
  await out.close();
  problems.finish();
}

/** The JSON Lines loop, apart from runAnalyze: a loop over every article makes the function it is
 *  in hot, and V8 then optimises that whole function (runAnalyze is 2.9 KB of bytecode), which is
 *  entered once and gains nothing from it. */
async function writeJsonl(results: AsyncIterable<SerializedResult>, out: Output, problems: ProblemReporter): Promise<void> {
  for await (const r of results) await out.write(problems.check(r).bytes);
}
