// Runs `framelens report` (its options are in report.ts); the per-story report loads only with
// --by-story.
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { reportFiles } from '../report/report-files.js';
import { UsageError } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { inputPaths, type GlobalArgs } from './options.js';
import { collectCorpus } from './collect.js';
import { keepHeapSlackSmall } from './heap-slack.js';
import { checkOutPath, openOutput } from './output.js';
import { footerLine } from './version.js';

export interface ReportArgs extends GlobalArgs {
  paths: string[];
  teach?: boolean;
  title?: string;
  byStory?: boolean;
  threshold?: number;
  fromResults?: boolean;
}

export async function runReport(args: ReportArgs): Promise<void> {
  // Without --format, the --out extension decides (report.html → html).
  const format = (args.format ?? (args.out && /\.html?$/i.test(args.out) ? 'html' : 'md')) as 'md' | 'html';
  if (args.out) {
    checkOutPath(args.out);
    const ext = extname(args.out).toLowerCase();
    if ((format === 'md' && ext !== '.md') || (format === 'html' && !['.html', '.htm'].includes(ext))) {
      throw new UsageError(`--out ${args.out} does not end in .${format === 'md' ? 'md' : 'html'} for --format ${format}`, `name the file NAME.${format === 'md' ? 'md' : 'html'}`);
    }
  }
  keepHeapSlackSmall();
  const lexicons = await loadLexiconsForRun(args.lexicons);
  if (args.byStory) return (await import('./report-by-story.js')).runReportByStory(args, format, args.out ? basename(args.out, extname(args.out)) : 'report', lexicons);
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
