// Runs `framelens report` (its options are in report.ts); the per-story report loads only with
// --by-story.
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { reportFiles } from '../report/report-files.js';
import { UsageError } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { checkThreshold, inputPaths, type GlobalArgs } from './options.js';
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

/** Options that cannot go together, each named as typed. */
function checkOptions(args: ReportArgs, format: 'md' | 'html'): void {
  // `--title` with no value (or `--title ""`) would print an empty heading.
  if (args.title !== undefined && !args.title.trim()) throw new UsageError('--title needs a value', 'give the title in quotes, e.g. --title "Week 3: the Iraq talks", or leave out --title');
  checkThreshold(args);
  if (!args.byStory) return;
  if (args.teach) throw new UsageError('--by-story writes the Markdown report only, not a worksheet (--teach)', 'drop --teach, or drop --by-story for the worksheet');
  if (format !== 'md') {
    // The format was given, or taken from the --out file's extension.
    const given = args.format ? `--format ${args.format}` : `--out ${args.out}`;
    throw new UsageError(`--by-story writes the Markdown report only, not HTML (${given})`, args.format ? `use --format md${args.out ? ' and an --out file NAME.md' : ''}` : 'name the --out file NAME.md');
  }
}

export async function runReport(args: ReportArgs): Promise<void> {
  // Without --format, the --out extension decides (report.html → html).
  const format = (args.format ?? (args.out && /\.html?$/i.test(args.out) ? 'html' : 'md')) as 'md' | 'html';
  checkOptions(args, format);
  if (args.out) {
    checkOutPath(args.out);
    const ext = extname(args.out).toLowerCase();
    if ((format === 'md' && ext !== '.md') || (format === 'html' && !['.html', '.htm'].includes(ext))) {
      throw new UsageError(`--out ${args.out} does not end in .${format === 'md' ? 'md' : 'html'} for --format ${format}`, `name the file NAME.${format === 'md' ? 'md' : 'html'}`);
    }
  }
  keepHeapSlackSmall();
  const lexicons = await loadLexiconsForRun(args.lexicons);
  if (args.byStory) return (await import('./report-by-story.js')).runReportByStory(args, args.out ? basename(args.out, extname(args.out)) : 'report', lexicons);
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
