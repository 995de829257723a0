// `framelens stories PATHS…`: which articles report the same real-world event.
import type { Argv, CommandModule } from 'yargs';
import { renderStoryTable } from '../report/story-tables.js';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { loadLexiconsForRun } from './lexicons.js';
import { FROM_RESULTS_OPTION, inputPaths, JOBS_OPTION, PATHS_POSITIONAL, useColour, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { collectStories, storyOptions, THRESHOLD_OPTION } from './story-collect.js';
import { provenanceLine, versionInfo } from './version.js';

interface StoriesArgs extends GlobalArgs {
  paths: string[];
  threshold?: number;
  fromResults?: boolean;
}

async function runStories(args: StoriesArgs): Promise<void> {
  const lexicons = await loadLexiconsForRun(args.lexicons);
  const out = openOutput(args.out, args);
  const { grouping, failed } = await collectStories(inputPaths(args.paths), lexicons, { ...args, keepResults: false, options: storyOptions(args) });
  if (args.format === 'jsonl') {
    const byStory = new Map(grouping.stories.map((s) => [s.story, s]));
    for (const a of grouping.assignments) {
      const s = byStory.get(a.story)!;
      await out.write(`${JSON.stringify({ ...a, storyArticles: s.articles.length, storyOutlets: s.outlets, framelens: versionInfo(lexicons) })}\n`);
    }
  } else if (args.format === 'json') await out.write(`${JSON.stringify({ framelens: versionInfo(lexicons), ...grouping }, null, 2)}\n`);
  else {
    await out.write(renderStoryTable(grouping.stories, { width: out.columns, colour: useColour(args, out) }));
    await out.write(`${provenanceLine(lexicons)}\n`);
  }
  await out.close();
  if (failed) process.exitCode = 1;
}

export const storiesCommand: CommandModule<GlobalArgs, StoriesArgs> = {
  command: 'stories [paths..]',
  describe: 'Group the articles into stories (reports of the same event) and show who covered which',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
        .positional('paths', PATHS_POSITIONAL)
        .option('jobs', JOBS_OPTION)
        .option('format', { choices: ['table', 'jsonl', 'json'] as const, default: 'table' })
        .option('threshold', THRESHOLD_OPTION)
        .option('from-results', FROM_RESULTS_OPTION) as unknown as Argv<StoriesArgs>,
      [
        ['$0 stories ../shared/corpus/seeds', 'each story with its actors, key words, dates and articles by outlet'],
        ['$0 stories ../shared/corpus/seeds --format jsonl', 'one {id, story, …} line per article'],
      ],
    ),
  handler: guarded(runStories),
};
