// `framelens report PATHS…`: the comparative report (Markdown with SVG charts beside it, or one
// HTML page with the annotated articles), or with --teach a classroom worksheet.
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { reportFiles } from '../report/report-files.js';
import { guarded, UsageError } from './errors.js';
import { withExamples } from './examples.js';
import { loadLexiconsForRun } from './lexicons.js';
import { FROM_RESULTS_OPTION, inputPaths, JOBS_OPTION, PATHS_POSITIONAL, type GlobalArgs } from './options.js';
import { collectCorpus } from './collect.js';
import { runReportByStory } from './report-by-story.js';
import { THRESHOLD_OPTION } from './story-collect.js';
import { checkOutPath, openOutput } from './output.js';
import { footerLine } from './version.js';

interface ReportArgs extends GlobalArgs {
  paths: string[];
  teach?: boolean;
  title?: string;
  byStory?: boolean;
  threshold?: number;
  fromResults?: boolean;
}

async function runReport(args: ReportArgs): Promise<void> {
  // Without --format, the --out extension decides (report.html → html).
  const format = (args.format ?? (args.out && /\.html?$/i.test(args.out) ? 'html' : 'md')) as 'md' | 'html';
  if (args.out) {
    checkOutPath(args.out);
    const ext = extname(args.out).toLowerCase();
    if ((format === 'md' && ext !== '.md') || (format === 'html' && !['.html', '.htm'].includes(ext))) {
      throw new UsageError(`--out ${args.out} does not end in .${format === 'md' ? 'md' : 'html'} for --format ${format}`, `name the file NAME.${format === 'md' ? 'md' : 'html'}`);
    }
  }
  const lexicons = await loadLexiconsForRun(args.lexicons);
  if (args.byStory) return runReportByStory(args, format, args.out ? basename(args.out, extname(args.out)) : 'report', lexicons);
  const { view, annotated, failed } = await collectCorpus(inputPaths(args.paths), lexicons, { ...args, keepTexts: format === 'html' && !args.teach });
  const name = args.out ? basename(args.out, extname(args.out)) : 'report';
  const files = reportFiles(view, annotated, lexicons, {
    name,
    format,
    teach: args.teach,
    title: args.title,
    footer: footerLine(lexicons),
    chartFiles: Boolean(args.out),
  });
  for (const [file, text] of Object.entries(files.beside)) writeFileSync(join(dirname(args.out!), file), text);
  const out = openOutput(args.out, args);
  await out.write(files.main);
  await out.close();
  if (failed) process.exitCode = 1;
}

export const reportCommand: CommandModule<GlobalArgs, ReportArgs> = {
  command: 'report [paths..]',
  describe: 'Write the comparative report (Markdown + SVG charts, or HTML), or a worksheet with --teach',
  builder: (y: Argv<GlobalArgs>) =>
    withExamples(
      y
      .positional('paths', PATHS_POSITIONAL)
      .option('jobs', JOBS_OPTION)
      .option('format', { choices: ['md', 'html'] as const, describe: 'md (default) or html; taken from the --out extension when not given' })
      .option('teach', { type: 'boolean', describe: 'a classroom worksheet with questions and an answer key' })
      .option('title', { type: 'string', describe: 'the report title' })
      .option('from-results', FROM_RESULTS_OPTION)
      .option('by-story', { type: 'boolean', describe: 'a section per story two or more outlets covered, then the whole corpus (Markdown)' })
      .option('threshold', { ...THRESHOLD_OPTION, describe: `with --by-story: ${THRESHOLD_OPTION.describe}` }) as unknown as Argv<ReportArgs>,
      [
        ['$0 report ../shared/corpus/seeds --out seeds.md', 'Markdown report, with its SVG charts beside it'],
        ['$0 report ../shared/corpus/seeds --format html --out seeds.html', 'the annotated articles side by side'],
        ['$0 report ../shared/corpus/seeds --teach --out worksheet.md', 'a worksheet for a class'],
        ['$0 report ../shared/corpus/seeds --by-story --out stories.md', 'a section per story two or more outlets covered'],
      ],
    ),
  handler: guarded(runReport),
};
