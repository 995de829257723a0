// Analyses the inputs of `compare` and `report` (or, with --from-results, reads saved results)
// into the corpus view: each article's view merged in as it comes, so memory holds the bounded
// view, never the articles. Problems with single inputs go to stderr; when not one article could
// be read it is a usage error (exit 2).
import { statSync } from 'node:fs';
import type { AnnotatedArticle } from '../report/html/render-html.js';
import { ARTICLES_KEPT, SKIPPED_KEPT, articleView, emptyView, mergeViewInto, type CorpusView, type QuoteLedgerRow } from '../report/corpus-view.js';
import { STORY_INPUTS } from '../report/merge-views.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { problemLine, say } from './messages.js';
import { failsAt, printsAt, type FailOn } from './options.js';
import { isSavedResults } from './saved-results.js';
import { checkPaths } from './check-paths.js';
import { analyzeWithText } from './run-analysis.js';

export interface Collected {
  view: CorpusView;
  /** The first ARTICLES_KEPT results with their texts, kept only when asked (for the HTML view). */
  annotated: AnnotatedArticle[];
  /** Some diagnostic is at or over --fail-on. */
  failed: boolean;
}

export interface CollectOptions {
  outlet?: string;
  quiet?: boolean;
  failOn?: string;
  jobs?: number;
  keepTexts: boolean;
  column?: string[];
  /** The --out file, skipped in input folders. */
  out?: string;
  /** Read the paths as saved `analyze --format jsonl` results. */
  fromResults?: boolean;
  /** Every quote ledger row, article by article (the view keeps the first ones only). */
  onQuotes?: (rows: QuoteLedgerRow[]) => void | Promise<void>;
}

/** --from-results reads files (or stdin), never folders: a folder is a usage error before anything runs. */
export function checkResultPaths(paths: string[]): void {
  checkPaths(paths);
  const folder = paths.find((p) => p !== '-' && !statSync(p).isFile());
  if (folder !== undefined) throw new UsageError(`--from-results reads the .jsonl files \`framelens analyze --format jsonl\` wrote, not folders: ${folder}`, 'name the files (e.g. shards/*.jsonl)');
}

/** Each article with its text (null when saved without it), and the lines of stderr it gives. */
export async function* corpusArticles(paths: string[], lexicons: LexiconSet, opts: CollectOptions): AsyncGenerator<{ result: ArticleResult; text: string | null } | { problem: string; warning?: boolean }> {
  if (!opts.fromResults) {
    yield* analyzeWithText({ paths, lexicons, outlet: opts.outlet, quiet: opts.quiet, columns: opts.column, jobs: opts.jobs, out: opts.out });
    return;
  }
  checkResultPaths(paths);
  // The schema of saved results (zod) loads only when they are read.
  const { readResultFiles } = await import('./results-input.js');
  for await (const item of readResultFiles(paths, lexicons)) {
    if ('result' in item) yield opts.outlet ? { result: { ...item.result, outlet: opts.outlet }, text: item.text } : item;
    else if ('problem' in item) yield { problem: item.problem };
    else yield { problem: item.warning, warning: true };
  }
}

/** Problem lines kept to print after the run; the rest are counted (a corpus where every article
 * has a warning must not fill memory with them). */
const PROBLEMS_KEPT = 200;

/** An input none of the figures counts, noted in the view (without the line's closing hint). */
function skip(view: CorpusView, line: string): void {
  view.skipped.count++;
  if (view.skipped.inputs.length < SKIPPED_KEPT) view.skipped.inputs.push(line.replace(/; [^;]*$/, ''));
}

export async function collectCorpus(paths: string[], lexicons: LexiconSet, opts: CollectOptions): Promise<Collected> {
  const view = emptyView();
  const annotated: AnnotatedArticle[] = [];
  const problems: string[] = [];
  let unlisted = 0;
  const problem = (line: string) => (problems.length < PROBLEMS_KEPT ? problems.push(line) : unlisted++);
  const failOn = (opts.failOn ?? 'error') as FailOn;
  let failed = false;
  for await (const a of corpusArticles(paths, lexicons, opts)) {
    if ('problem' in a) {
      const severity = a.warning ? 'warning' : 'error';
      if (!a.warning || failsAt(severity, failOn)) failed = true;
      if (printsAt(severity, failOn, opts.quiet)) problem(a.problem);
      if (!a.warning) skip(view, a.problem);
      continue;
    }
    for (const d of a.result.diagnostics) {
      if (failsAt(d.severity, failOn)) failed = true;
      if (printsAt(d.severity, failOn, opts.quiet)) problem(problemLine(d, a.result.id));
    }
    if (a.result.status === 'unreadable') {
      const why = a.result.diagnostics.find((d) => d.severity === 'error');
      skip(view, why ? problemLine(why, a.result.id) : a.result.id);
    }
    if (a.result.diagnostics.some((d) => d.code === 'duplicate-id')) {
      view.repeatedIds.count++;
      if (view.repeatedIds.ids.length < SKIPPED_KEPT) view.repeatedIds.ids.push(a.result.id);
    }
    if (a.result.length === 0) continue;
    const one = articleView(a.result, a.text, lexicons, { storyInput: view.storyInputs.length < STORY_INPUTS });
    await opts.onQuotes?.(one.ledger);
    mergeViewInto(view, one);
    if (opts.keepTexts && a.text !== null && annotated.length < ARTICLES_KEPT) annotated.push({ result: a.result, text: a.text });
  }
  if (view.articleCount === 0) {
    const first = problems.length ? problems[0].replace(/; [^;]*$/, '') : '';
    // `compare results.jsonl` without --from-results reads the results as articles without text.
    const saved = opts.fromResults ? undefined : paths.find(isSavedResults);
    const hint = saved ? `${saved} holds \`framelens analyze\` results, not articles: add --from-results` : 'give text files, web pages, WARC, CSV or JSON(L) files, or folders of them';
    throw new UsageError(`no article could be read${first ? ` (${first}${problems.length + unlisted > 1 ? `, and ${problems.length + unlisted - 1} more` : ''})` : ''}`, hint);
  }
  for (const p of problems) say(p);
  if (unlisted) say(`${unlisted} more problem${unlisted === 1 ? '' : 's'} not listed`);
  return { view, annotated, failed };
}
