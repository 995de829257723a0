// `framelens compare PATHS…`: how each outlet names, describes and quotes the actors.
import type { Argv, CommandModule } from 'yargs';
import { renderCompareTables } from '../report/compare-tables.js';
import { comparisonOf } from '../report/corpus-view.js';
import { collectCorpus } from './collect.js';
import { runCompareByStory } from './compare-by-story.js';
import { THRESHOLD_OPTION } from './story-collect.js';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { loadLexiconsForRun } from './lexicons.js';
import { inputPaths, JOBS_OPTION, PATHS_POSITIONAL, useColour, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { provenanceLine, versionInfo } from './version.js';

interface PathArgs extends GlobalArgs {
  paths: string[];
  byStory?: boolean;
  threshold?: number;
}

async function runCompare(args: PathArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  if (args.byStory) return runCompareByStory(args, lexicons);
  const out = openOutput(args.out, args);
  const { view, failed } = await collectCorpus(inputPaths(args.paths), lexicons, { ...args, keepTexts: false });
  const comparison = comparisonOf(view, lexicons);
  if (args.format === 'json') await out.write(`${JSON.stringify({ framelens: versionInfo(lexicons), ...comparison, quotes: view.ledger }, null, 2)}\n`);
  else if (args.format === 'jsonl') {
    const producedBy = `,"framelens":${JSON.stringify(versionInfo(lexicons))}}`;
    for (const row of comparison.rows) await out.write(`${JSON.stringify(row).slice(0, -1)}${producedBy}\n`);
  } else {
    await out.write(renderCompareTables(view, comparison, lexicons, { width: out.columns, colour: useColour(args, out) }));
    await out.write(`${provenanceLine(lexicons)}\n`);
  }
  await out.close();
  if (failed) process.exitCode = 1;
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
