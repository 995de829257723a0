// `framelens quotes` and `framelens actors`: one row per quote / per actor in each article, as a
// table, JSON Lines, JSON or CSV.
import type { Argv, CommandModule } from 'yargs';
import { actorRows, quoteRows, renderActorRows, renderQuoteRows, type ActorRow, type QuoteRow } from '../report/article-views.js';
import { csvField } from '../report/csv.js';
import type { ArticleResult } from '../types.js';
import { guarded } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { failsAt, inputPaths, JOBS_OPTION, PATHS_POSITIONAL, useColour, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { analyzeInputs } from './run-analysis.js';

const FORMATS = ['table', 'jsonl', 'json', 'csv'] as const;

interface ViewArgs extends GlobalArgs {
  paths: string[];
}

type Row = QuoteRow | ActorRow;

function csvLine(values: unknown[]): string {
  return `${values.map((v) => csvField(Array.isArray(v) ? v.join('; ') : (v as string | number | boolean | null))).join(',')}\r\n`;
}

function viewRunner<R extends Row>(rowsOf: (r: ArticleResult) => R[], table: (rows: R[], opts: { width: number; colour: boolean }) => string) {
  return async (args: ViewArgs): Promise<void> => {
    const lexicons = await loadLexiconsForRun(args.lexicons);
    const out = openOutput(args.out);
    const format = args.format ?? 'table';
    const all: R[] = [];
    let failed = false;
    let header = true;
    for await (const r of analyzeInputs({ paths: inputPaths(args.paths), lexicons, outlet: args.outlet, quiet: args.quiet, columns: args.column, jobs: args.jobs })) {
      if (r.diagnostics.some((d) => failsAt(d.severity, (args.failOn ?? 'error') as FailOn))) failed = true;
      for (const d of r.diagnostics) if (!args.quiet) process.stderr.write(`framelens: ${r.id}: ${d.severity}: ${d.message}\n`);
      const rows = rowsOf(r);
      if (format === 'jsonl') for (const row of rows) await out.write(`${JSON.stringify(row)}\n`);
      else if (format === 'csv') {
        for (const row of rows) {
          if (header) await out.write(csvLine(Object.keys(row)));
          header = false;
          await out.write(csvLine(Object.values(row)));
        }
      } else all.push(...rows);
    }
    if (format === 'json') await out.write(`${JSON.stringify(all, null, 2)}\n`);
    if (format === 'table') await out.write(all.length ? table(all, { width: out.columns, colour: useColour(args, out) }) : 'nothing found\n');
    await out.close();
    if (failed) process.exitCode = 1;
  };
}

function viewBuilder(y: Argv<GlobalArgs>, example: [string, string]): Argv<ViewArgs> {
  return y
    .positional('paths', PATHS_POSITIONAL)
    .option('jobs', JOBS_OPTION)
    .option('format', { choices: FORMATS, default: 'table' })
    .example(...example) as unknown as Argv<ViewArgs>;
}

export const quotesCommand: CommandModule<GlobalArgs, ViewArgs> = {
  command: 'quotes [paths..]',
  describe: 'List every quote with its speaker, role, cue verb and outlet',
  builder: (y) => viewBuilder(y, ['$0 quotes ../shared/corpus/seeds --format csv > quotes.csv', 'the quote ledger as a spreadsheet']),
  handler: guarded(viewRunner(quoteRows, renderQuoteRows)),
};

export const actorsCommand: CommandModule<GlobalArgs, ViewArgs> = {
  command: 'actors [paths..]',
  describe: 'List the actors in each article: mentions, labels used, times quoted',
  builder: (y) => viewBuilder(y, ['$0 actors ../shared/corpus/seeds', 'who each article mentions and how it labels them']),
  handler: guarded(viewRunner(actorRows, renderActorRows)),
};
