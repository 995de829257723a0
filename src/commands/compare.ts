// `framelens compare PATHS…`: how each outlet names, describes and quotes the actors.
import type { Argv, CommandModule } from 'yargs';
import { renderCompareTables } from '../report/compare-tables.js';
import { addArticle, comparisonOf, emptyView, type CorpusView } from '../report/corpus-view.js';
import type { LexiconSet } from '../types.js';
import { guarded } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { failsAt, inputPaths, useColour, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { analyzeWithText } from './run-analysis.js';
import { versionInfo } from './version.js';

export interface PathArgs extends GlobalArgs {
  paths: string[];
}

/** Analyses every input into a corpus view; diagnostics go to stderr (unless --quiet). */
export async function buildView(args: PathArgs, lexicons: LexiconSet): Promise<{ view: CorpusView; failed: boolean }> {
  const view = emptyView();
  let failed = false;
  for await (const { result, text } of analyzeWithText({ paths: inputPaths(args.paths), lexicons, outlet: args.outlet, quiet: args.quiet })) {
    for (const d of result.diagnostics) {
      if (failsAt(d.severity, (args.failOn ?? 'error') as FailOn)) failed = true;
      if (!args.quiet && d.severity !== 'info') process.stderr.write(`framelens: ${d.source?.path ?? result.id}${d.source?.line ? `:${d.source.line}` : ''}: ${d.severity}: ${d.message}\n`);
    }
    if (result.length > 0) addArticle(view, result, text, lexicons);
  }
  return { view, failed };
}

async function runCompare(args: PathArgs): Promise<void> {
  const lexicons = loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out);
  const { view, failed } = await buildView(args, lexicons);
  const comparison = comparisonOf(view, lexicons);
  if (args.format === 'json') await out.write(`${JSON.stringify({ framelens: versionInfo(lexicons), ...comparison, quotes: view.ledger }, null, 2)}\n`);
  else if (args.format === 'jsonl') for (const row of comparison.rows) await out.write(`${JSON.stringify(row)}\n`);
  else await out.write(renderCompareTables(view, comparison, { width: out.columns, colour: useColour(args, out) }));
  await out.close();
  if (failed) process.exitCode = 1;
}

export const compareCommand: CommandModule<GlobalArgs, PathArgs> = {
  command: 'compare [paths..]',
  describe: 'Compare outlets: labels per actor, loaded terms by voice, who is quoted with which verbs',
  builder: (y: Argv<GlobalArgs>) =>
    y
      .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'text files, .jsonl files, folders, or - for stdin' })
      .option('format', { choices: ['table', 'json', 'jsonl'] as const, default: 'table' })
      .example('$0 compare ../shared/corpus/seeds', 'the comparison tables for the seed corpus')
      .example('$0 compare articles.jsonl --format jsonl', 'one record per outlet × actor')
      .example('$0 compare ../shared/corpus/seeds --format json > comparison.json', 'the whole comparison, with distinctive words and the quote ledger') as unknown as Argv<PathArgs>,
  handler: guarded(runCompare),
};
