// Runs `framelens stories` (its options are in stories.ts).
import { renderStoryTable } from '../report/story-tables.js';
import { loadLexiconsForRun } from './lexicons.js';
import { inputPaths, useColour, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { collectStories, storyOptions } from './story-collect.js';
import { provenanceLine, versionInfo } from './version.js';

export interface StoriesArgs extends GlobalArgs {
  paths: string[];
  threshold?: number;
  fromResults?: boolean;
}

export async function runStories(args: StoriesArgs): Promise<void> {
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
