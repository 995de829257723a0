// Runs `framelens quotes` and `framelens actors` (their options are in views.ts).
import { actorRows, quoteRows, renderActorRows, renderQuoteRows, type ActorRow, type QuoteRow } from '../report/article-views.js';
import { csvField } from '../report/csv.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import { loadLexiconsForRun } from './lexicons.js';
import { ProblemReporter, say } from './messages.js';
import { inputPaths, printsAt, useColour, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { analyzeInputs } from './run-analysis.js';
import { lexiconLine, provenanceLine, VERSION, versionInfo } from './version.js';
import { quoteFilter, type QuoteFilterArgs } from './quote-filter.js';

export interface ViewArgs extends GlobalArgs, QuoteFilterArgs {
  paths: string[];
  fromResults?: boolean;
}

/** The articles' results: analysed now, or read from saved `analyze --format jsonl` files. */
async function* viewResults(args: ViewArgs, lexicons: LexiconSet, badLine: () => void): AsyncGenerator<ArticleResult> {
  const paths = inputPaths(args.paths);
  if (!args.fromResults) {
    yield* analyzeInputs({ paths, lexicons, outlet: args.outlet, quiet: args.quiet, columns: args.column, jobs: args.jobs, out: args.out });
    return;
  }
  // The reader of saved results (and its schema) loads only for --from-results.
  const { corpusArticles } = await import('./collect.js');
  for await (const a of corpusArticles(paths, lexicons, { fromResults: true, outlet: args.outlet, keepTexts: false })) {
    if ('result' in a) yield a.result;
    else {
      if (!a.warning) badLine();
      if (printsAt(a.warning ? 'warning' : 'error', (args.failOn ?? 'error') as FailOn, args.quiet)) say(a.problem);
    }
  }
}

type Row = QuoteRow | ActorRow;

function csvLine(values: unknown[]): string {
  return `${values.map((v) => csvField(Array.isArray(v) ? v.join('; ') : (v as string | number | boolean | null))).join(',')}\r\n`;
}

function viewRunner<R extends Row>(name: 'quotes' | 'actors', rowsOf: (r: ArticleResult, lexicons: LexiconSet) => R[], table: (rows: R[], opts: { width: number; colour: boolean }) => string, filterOf: (args: ViewArgs) => ((row: R) => boolean) | null = () => null) {
  return async (args: ViewArgs): Promise<void> => {
    const keep = filterOf(args);
    const lexicons = await loadLexiconsForRun(args.lexicons);
    const out = openOutput(args.out, args);
    const format = args.format ?? 'table';
    const problems = new ProblemReporter(args.failOn as FailOn, args.quiet);
    // What produced the output: a field per JSONL record, two columns in CSV, a footer line in tables.
    const producedBy = `,"framelens":${JSON.stringify(versionInfo(lexicons))}}`;
    const producedByCells = [VERSION, lexiconLine(lexicons).replace(/^lexicons /, '')];
    const all: R[] = [];
    let header = true;
    let badLines = false;
    for await (const r of viewResults(args, lexicons, () => (badLines = true))) {
      const found = rowsOf(problems.check(r), lexicons);
      const rows = keep ? found.filter(keep) : found;
      if (format === 'jsonl') for (const row of rows) await out.write(`${JSON.stringify(row).slice(0, -1)}${producedBy}\n`);
      else if (format === 'csv') {
        for (const row of rows) {
          if (header) await out.write(csvLine([...Object.keys(row), 'framelens_version', 'lexicons']));
          header = false;
          await out.write(csvLine([...Object.values(row), ...producedByCells]));
        }
      } else for (const row of rows) all.push(row);
    }
    if (format === 'json') await out.write(`${JSON.stringify({ framelens: versionInfo(lexicons), [name]: all }, null, 2)}\n`);
    if (format === 'table') {
      await out.write(all.length ? table(all, { width: out.columns, colour: useColour(args, out) }) : 'nothing found\n');
      await out.write(`${provenanceLine(lexicons)}\n`);
    }
    await out.close();
    problems.finish();
    if (badLines) process.exitCode = 1;
  };
}

export const runQuotes = viewRunner('quotes', quoteRows, renderQuoteRows, quoteFilter);
export const runActors = viewRunner('actors', (r, lexicons) => actorRows(r, lexicons.actors), renderActorRows);
