// `framelens compare --by-story`: the comparison within each story two or more outlets covered,
// the whole corpus as a summary, and the stories only one outlet covered. The analysed articles
// wait in a temporary file until the stories are known (see article-spill.ts).
import { renderCompareByStory } from '../report/by-story.js';
import type { LexiconSet } from '../types.js';
import { inputPaths, useColour, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { collectByStory } from './story-collect.js';
import { versionInfo } from './version.js';

export async function runCompareByStory(args: GlobalArgs & { paths: string[]; threshold?: number }, lexicons: LexiconSet): Promise<void> {
  const out = openOutput(args.out);
  const { byStory: b, failed } = await collectByStory(inputPaths(args.paths), lexicons, args);
  if (args.format === 'json') {
    const doc = {
      framelens: versionInfo(lexicons),
      stories: b.shared.map((s) => ({ ...s.story, comparison: s.comparison })),
      coverage: { outlets: b.whole.view.outlets, singleOutletStories: b.single },
      corpus: b.whole.comparison,
    };
    await out.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (args.format === 'jsonl') {
    for (const s of b.shared) for (const row of s.comparison.rows) await out.write(`${JSON.stringify({ story: s.story.story, ...row })}\n`);
  } else await out.write(renderCompareByStory(b, lexicons, { width: out.columns, colour: useColour(args, out) }));
  await out.close();
  if (failed) process.exitCode = 1;
}
