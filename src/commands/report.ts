// `framelens report PATHS…`: the comparative report (Markdown with SVG charts beside it, or one
// HTML page with the annotated articles), or with --teach a classroom worksheet.
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { addArticle, emptyView, type CorpusView } from '../report/corpus-view.js';
import type { LexiconSet } from '../types.js';
import type { AnnotatedArticle } from '../report/html/render-html.js';
import { reportFiles } from '../report/report-files.js';
import { guarded, UsageError } from './errors.js';
import { loadLexiconsForRun } from './lexicons.js';
import { failsAt, inputPaths, type FailOn, type GlobalArgs } from './options.js';
import { checkOutPath, openOutput } from './output.js';
import { analyzeWithText } from './run-analysis.js';
import { footerLine } from './version.js';

interface ReportArgs extends GlobalArgs {
  paths: string[];
  teach?: boolean;
  title?: string;
}

/** Analyses the inputs into the corpus view (keeping texts for the HTML view when asked) and lists the problems met. */
export async function collectForReport(
  paths: string[],
  lexicons: LexiconSet,
  opts: { outlet?: string; quiet?: boolean; failOn?: string; keepTexts: boolean },
): Promise<{ view: CorpusView; annotated: AnnotatedArticle[]; failed: boolean; problems: string[] }> {
  const view = emptyView();
  const annotated: AnnotatedArticle[] = [];
  const problems: string[] = [];
  let failed = false;
  for await (const a of analyzeWithText({ paths, lexicons, outlet: opts.outlet, quiet: opts.quiet })) {
    for (const d of a.result.diagnostics) {
      if (failsAt(d.severity, (opts.failOn ?? 'error') as FailOn)) failed = true;
      if (d.severity !== 'info') problems.push(`${d.source?.path ?? a.result.id}: ${d.severity}: ${d.message}`);
    }
    if (a.result.length === 0) continue;
    addArticle(view, a.result, a.text, lexicons);
    if (opts.keepTexts) annotated.push(a);
  }
  return { view, annotated, failed, problems };
}

async function runReport(args: ReportArgs): Promise<void> {
  const format = (args.format ?? 'md') as 'md' | 'html';
  if (args.out) {
    checkOutPath(args.out);
    const ext = extname(args.out).toLowerCase();
    if ((format === 'md' && ext !== '.md') || (format === 'html' && !['.html', '.htm'].includes(ext))) {
      throw new UsageError(`--out ${args.out} does not end in .${format === 'md' ? 'md' : 'html'} for --format ${format}`, `name the file NAME.${format === 'md' ? 'md' : 'html'}`);
    }
  }
  const lexicons = loadLexiconsForRun(args.lexicons);
  const { view, annotated, failed, problems } = await collectForReport(inputPaths(args.paths), lexicons, { ...args, keepTexts: format === 'html' && !args.teach });
  if (view.articles.length === 0) {
    throw new UsageError(`no article could be read${problems.length ? ` (${problems[0]})` : ''}`, 'give text files, .jsonl files or folders of them');
  }
  if (!args.quiet) for (const p of problems) process.stderr.write(`framelens: ${p}\n`);
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
  const out = openOutput(args.out);
  await out.write(files.main);
  await out.close();
  if (failed) process.exitCode = 1;
}

export const reportCommand: CommandModule<GlobalArgs, ReportArgs> = {
  command: 'report [paths..]',
  describe: 'Write the comparative report (Markdown + SVG charts, or HTML), or a worksheet with --teach',
  builder: (y: Argv<GlobalArgs>) =>
    y
      .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'text files, .jsonl files, folders, or - for stdin' })
      .option('format', { choices: ['md', 'html'] as const, default: 'md' })
      .option('teach', { type: 'boolean', describe: 'a classroom worksheet with questions and an answer key' })
      .option('title', { type: 'string', describe: 'the report title' })
      .example('$0 report ../shared/corpus/seeds --out reports/seeds.md', 'Markdown report with SVG charts beside it')
      .example('$0 report ../shared/corpus/seeds --format html --out seeds.html', 'the annotated articles side by side')
      .example('$0 report ../shared/corpus/seeds --teach --out worksheet.md', 'a worksheet for a class') as unknown as Argv<ReportArgs>,
  handler: guarded(runReport),
};
