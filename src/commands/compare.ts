// `framelens compare PATHS…`: how each outlet names, describes and quotes the actors.
import type { Argv, CommandModule } from 'yargs';
import { renderCompareTables } from '../report/compare-tables.js';
import { comparisonOf } from '../report/corpus-view.js';
import { collectCorpus } from './collect.js';
import { SpilledRows } from './spilled-rows.js';
import { runCompareByStory } from './compare-by-story.js';
import { THRESHOLD_OPTION } from './story-collect.js';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { loadLexiconsForRun } from './lexicons.js';
import { FROM_RESULTS_OPTION, inputPaths, JOBS_OPTION, PATHS_POSITIONAL, useColour, type GlobalArgs } from './options.js';
import { openOutput, type Output } from './output.js';
import type { CorpusView } from '../report/corpus-view.js';
import type { LexiconSet } from '../types.js';
import { provenanceLine, versionInfo } from './version.js';

interface PathArgs extends GlobalArgs {
  paths: string[];
  byStory?: boolean;
  threshold?: number;
  fromResults?: boolean;
}

async function runCompare(args: PathArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  if (args.byStory) return runCompareByStory(args, lexicons);
  const out = openOutput(args.out, args);
  // The whole quote ledger goes to the JSON document: spilled to a file as it comes, written last.
  const ledger = args.format === 'json' ? new SpilledRows() : null;
  try {
    const { view, failed } = await collectCorpus(inputPaths(args.paths), lexicons, { ...args, keepTexts: false, onQuotes: ledger ? (rows) => ledger.add(rows) : undefined });
    await writeComparison(out, args, view, lexicons, ledger);
    await out.close();
    if (failed) process.exitCode = 1;
  } finally {
    ledger?.remove();
  }
}

async function writeComparison(out: Output, args: PathArgs, view: CorpusView, lexicons: LexiconSet, ledger: SpilledRows | null): Promise<void> {
  const comparison = comparisonOf(view, lexicons);
  if (ledger) {
    // `JSON.stringify({framelens, ...comparison, quotes}, null, 2)`, the quotes streamed.
    const head = JSON.stringify({ framelens: versionInfo(lexicons), ...comparison, quotes: [] }, null, 2);
    if (!ledger.count) return out.write(`${head}\n`);
    await out.write(head.slice(0, -'[]\n}'.length) + '[');
    await ledger.writeTo(out);
    await out.write('\n  ]\n}\n');
  } else if (args.format === 'jsonl') {
    const producedBy = `,"framelens":${JSON.stringify(versionInfo(lexicons))}}`;
    for (const row of comparison.rows) await out.write(`${JSON.stringify(row).slice(0, -1)}${producedBy}\n`);
  } else {
    await out.write(renderCompareTables(view, comparison, lexicons, { width: out.columns, colour: useColour(args, out) }));
    await out.write(`${provenanceLine(lexicons)}\n`);
  }
}

export const compareCommand: CommandModule<GlobalArgs, PathArgs> = {
  command: 'compare [paths..]',
  describe: 'Compare outlets: labels per actor, loaded terms by voice, who is quoted with which verbs',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
        .positional('paths', PATHS_POSITIONAL)
        .option('jobs', JOBS_OPTION)
        .option('format', { choices: ['table', 'json', 'jsonl'] as const, default: 'table' })
        .option('from-results', FROM_RESULTS_OPTION)
        .option('by-story', { type: 'boolean', describe: 'compare within each story that two or more outlets covered (see `framelens stories`)' })
        .option('threshold', { ...THRESHOLD_OPTION, describe: `with --by-story: ${THRESHOLD_OPTION.describe}` }) as unknown as Argv<PathArgs>,
      [
        ['$0 compare ../shared/corpus/seeds', 'the comparison tables for the seed corpus'],
        ['$0 compare ../shared/gold/seeds.quotes.jsonl --format jsonl', 'one record per outlet × actor'],
        ['$0 compare ../shared/corpus/seeds --by-story', 'the tables within each story several outlets covered'],
        ['$0 compare ../shared/corpus/seeds --format json > comparison.json', 'the whole comparison, with distinctive words and the quote ledger'],
      ],
    ),
  handler: guarded(runCompare),
};
