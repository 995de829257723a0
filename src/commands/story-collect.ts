// Reads and analyses the inputs of `stories` (and of `compare --by-story`), or reads saved
// `analyze --format jsonl` results as they are (saved files first, then the others, each in
// order): each article goes to the story corpus as term counts. `--by-story` keeps each article's
// compact corpus view (counts and a few passages, never the text or the full result) until the
// stories are known; `stories` alone keeps only the term counts.
import { articleView, emptyView, mergeViewInto, type CorpusView } from '../report/corpus-view.js';
import { corpusArticles } from './collect.js';
import { DEFAULT_STORY_OPTIONS, groupCorpus, storyInputOf, StoryCorpus, type StoryGrouping, type StoryOptions } from '../stories/index.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { failsAt, type FailOn } from './options.js';
import { analyzeWithText } from './run-analysis.js';
import { isSavedResults, readSavedResults } from './saved-results.js';

export const THRESHOLD_OPTION = {
  type: 'number',
  describe: `how similar articles must be to count as one story, 0 to 1 (default ${DEFAULT_STORY_OPTIONS.threshold}; higher splits more)`,
} as const;

export function storyOptions(args: { threshold?: number }): Partial<StoryOptions> {
  if (args.threshold === undefined) return {};
  if (!(args.threshold > 0 && args.threshold <= 1)) throw new UsageError(`--threshold ${args.threshold} is not between 0 and 1`, `try the default, ${DEFAULT_STORY_OPTIONS.threshold}`);
  return { threshold: args.threshold };
}

/** One article's view as kept until the stories are known: merged into an empty view, so what it
 * keeps is copied and bounded and the article's text and result can go. */
function compactView(result: ArticleResult, text: string | null, lexicons: LexiconSet): CorpusView {
  return mergeViewInto(emptyView(), articleView(result, text, lexicons));
}

export interface StoryRun {
  grouping: StoryGrouping;
  /** Each article's corpus view, in input order (only with keepResults). */
  analysed: CorpusView[];
  failed: boolean;
}

export async function collectStories(
  paths: string[],
  lexicons: LexiconSet,
  opts: { outlet?: string; quiet?: boolean; failOn?: string; jobs?: number; keepResults: boolean; options?: Partial<StoryOptions>; fromResults?: boolean },
): Promise<StoryRun> {
  const corpus = new StoryCorpus();
  const analysed: CorpusView[] = [];
  let failed = false;
  if (opts.fromResults) {
    for await (const a of corpusArticles(paths, lexicons, { ...opts, keepTexts: false })) {
      if ('problem' in a) {
        if (!a.warning) failed = true;
        if (!opts.quiet) process.stderr.write(`framelens: ${a.problem}\n`);
        continue;
      }
      if (a.result.length === 0) continue;
      corpus.add(storyInputOf(a.result, a.text));
      if (opts.keepResults) analysed.push(compactView(a.result, a.text, lexicons));
    }
    if (corpus.docs.length === 0) throw new UsageError('no article could be read', 'give the .jsonl files `framelens analyze --format jsonl --with-text` wrote');
    return { grouping: groupCorpus(corpus, opts.options), analysed, failed };
  }
  const saved = paths.filter(isSavedResults);
  const raw = paths.filter((p) => !saved.includes(p));
  for (const path of saved) {
    for await (const item of readSavedResults(path)) {
      if ('problem' in item) {
        failed = true;
        if (!opts.quiet) process.stderr.write(`framelens: ${item.problem}\n`);
        continue;
      }
      const result = opts.outlet ? { ...item.result, outlet: opts.outlet } : item.result;
      corpus.add(storyInputOf(result, null));
      if (opts.keepResults) analysed.push(compactView(result, null, lexicons));
    }
  }
  if (raw.length || !saved.length) {
    for await (const a of analyzeWithText({ paths: raw, lexicons, outlet: opts.outlet, quiet: opts.quiet, jobs: opts.jobs })) {
      for (const d of a.result.diagnostics) {
        if (failsAt(d.severity, (opts.failOn ?? 'error') as FailOn)) failed = true;
        if (d.severity !== 'info' && !opts.quiet) process.stderr.write(`framelens: ${d.source?.path ?? a.result.id}${d.source?.line ? `:${d.source.line}` : ''}: ${d.severity}: ${d.message}\n`);
      }
      if (a.result.length === 0) continue;
      corpus.add(storyInputOf(a.result, a.text));
      if (opts.keepResults) analysed.push(compactView(a.result, a.text, lexicons));
    }
  }
  if (corpus.docs.length === 0) throw new UsageError('no article could be read', 'give text files, .jsonl files or folders of them');
  return { grouping: groupCorpus(corpus, opts.options), analysed, failed };
}
