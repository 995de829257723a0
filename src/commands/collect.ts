// Analyses the inputs of `compare` and `report` into the corpus view. Problems with single inputs
// go to stderr; when not one article could be read it is a usage error (exit 2).
import type { AnnotatedArticle } from '../report/html/render-html.js';
import { addArticle, emptyView, type CorpusView } from '../report/corpus-view.js';
import type { LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { problemLine, say } from './messages.js';
import { failsAt, type FailOn } from './options.js';
import { analyzeWithText } from './run-analysis.js';

export interface Collected {
  view: CorpusView;
  /** Results with their texts, kept only when asked (for the HTML view). */
  annotated: AnnotatedArticle[];
  /** Some diagnostic is at or over --fail-on. */
  failed: boolean;
}

export async function collectCorpus(
  paths: string[],
  lexicons: LexiconSet,
  opts: { outlet?: string; quiet?: boolean; failOn?: string; jobs?: number; keepTexts: boolean; column?: string[] },
): Promise<Collected> {
  const view = emptyView();
  const annotated: AnnotatedArticle[] = [];
  const problems: string[] = [];
  let failed = false;
  for await (const a of analyzeWithText({ paths, lexicons, outlet: opts.outlet, quiet: opts.quiet, columns: opts.column, jobs: opts.jobs })) {
    for (const d of a.result.diagnostics) {
      if (failsAt(d.severity, (opts.failOn ?? 'error') as FailOn)) failed = true;
      if (d.severity !== 'info') problems.push(problemLine(d, a.result.id));
    }
    if (a.result.length === 0) continue;
    addArticle(view, a.result, a.text, lexicons);
    if (opts.keepTexts) annotated.push(a);
  }
  if (view.articles.length === 0) {
    const first = problems.length ? problems[0].replace(/; [^;]*$/, '') : '';
    throw new UsageError(`no article could be read${first ? ` (${first}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''})` : ''}`, 'give text files, web pages, WARC, CSV or JSON(L) files, or folders of them');
  }
  for (const p of problems) say(p);
  return { view, annotated, failed };
}
