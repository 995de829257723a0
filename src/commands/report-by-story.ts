// `framelens report --by-story`: the Markdown report per story (see src/report/by-story-markdown.ts),
// with the whole-corpus report and its charts kept as the summary at the end.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderByStoryMarkdown } from '../report/by-story-markdown.js';
import { reportFiles } from '../report/report-files.js';
import type { LexiconSet } from '../types.js';
import { inputPaths, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';
import { collectByStory } from './story-collect.js';
import { footerLine } from './version.js';

/** (report-run.ts refuses --teach and HTML with --by-story, naming the option given.) */
export async function runReportByStory(args: GlobalArgs & { paths: string[]; title?: string; threshold?: number }, name: string, lexicons: LexiconSet): Promise<void> {
  const { byStory: b, failed } = await collectByStory(inputPaths(args.paths), lexicons, args);
  const whole = reportFiles(b.whole.view, [], lexicons, { name, format: 'md', title: `The whole corpus: ${name}`, footer: footerLine(lexicons), chartFiles: Boolean(args.out) });
  for (const [file, text] of Object.entries(whole.beside)) writeFileSync(join(dirname(args.out!), file), text);
  const out = openOutput(args.out);
  await out.write(renderByStoryMarkdown(b, lexicons, { title: args.title ?? `framelens report by story: ${name}`, wholeReport: whole.main }));
  await out.close();
  if (failed) process.exitCode = 1;
}
