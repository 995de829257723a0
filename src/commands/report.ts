// `framelens report PATHS…`: the comparative report (Markdown with SVG charts beside it, or one
// HTML page with the annotated articles), or with --teach a classroom worksheet.
// The command's options and help; the run (report-run.ts) loads only when the command runs.
import type { Argv, CommandModule } from 'yargs';
import { guarded } from './errors.js';
import { withExamples } from './examples.js';
import { FROM_RESULTS_OPTION, JOBS_OPTION, PATHS_POSITIONAL, THRESHOLD_OPTION, type GlobalArgs } from './options.js';
import type { ReportArgs } from './report-run.js';

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
  handler: guarded(async (args) => (await import('./report-run.js')).runReport(args)),
};
