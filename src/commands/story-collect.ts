// Reads and analyses the inputs of `stories` (and of `compare --by-story`), or reads saved
// `analyze --format jsonl` results as they are (saved files first, then the others, each in
// order): each article goes to the story corpus as term counts. `--by-story` also writes each
// analysed article to a temporary file and reads it back once the stories are known, so memory
// holds the term counts, never the articles.
import { articleView, type CorpusView } from '../report/corpus-view.js';
import { splitByStory, type ByStory } from '../report/by-story.js';
import { ArticleSpill } from './article-spill.js';
import { corpusArticles } from './collect.js';
import { DEFAULT_STORY_OPTIONS, groupCorpus, storyInputOf, StoryCorpus, type StoryGrouping, type StoryOptions } from '../stories/index.js';
import type { LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { problemLine, say } from './messages.js';
import { failsAt, printsAt, typedValue, type FailOn } from './options.js';
import { analyzeWithText } from './run-analysis.js';
import { isSavedResults, readSavedResults } from './saved-results.js';

export function storyOptions(args: { threshold?: number }): Partial<StoryOptions> {
  if (args.threshold === undefined) return {};
  if (!(args.threshold > 0 && args.threshold <= 1)) throw new UsageError(`--threshold ${Number.isNaN(args.threshold) ? `"${typedValue('threshold')}" is not a number` : `${args.threshold} is not between 0 and 1`}`, `try the default, ${DEFAULT_STORY_OPTIONS.threshold}`);
  return { threshold: args.threshold };
}

export interface StoryRun {
  grouping: StoryGrouping;
  /** Each article's corpus view, in input order, read back from a temporary file (only with
   * keepResults; read once, then call `dispose`). */
  views: () => AsyncGenerator<CorpusView>;
  /** Removes the temporary file. */
  dispose: () => void;
  failed: boolean;
}

interface StoryCollectOptions {
  outlet?: string;
  quiet?: boolean;
  failOn?: string;
  jobs?: number;
  keepResults: boolean;
  options?: Partial<StoryOptions>;
  fromResults?: boolean;
}

export async function collectStories(
  paths: string[],
  lexicons: LexiconSet,
  opts: StoryCollectOptions,
): Promise<StoryRun> {
  const corpus = new StoryCorpus();
  const spill = opts.keepResults ? new ArticleSpill() : null;
  try {
    const failed = await readStoryInputs(paths, lexicons, opts, corpus, spill);
    if (corpus.docs.length === 0) throw new UsageError('no article could be read', opts.fromResults ? 'give the .jsonl files `framelens analyze --format jsonl --with-text` wrote' : 'give text files, .jsonl files or folders of them');
    const views = async function* (): AsyncGenerator<CorpusView> {
      if (spill) for await (const a of spill.read()) yield articleView(a.result, a.text, lexicons);
    };
    return { grouping: groupCorpus(corpus, opts.options), views, dispose: () => spill?.remove(), failed };
  } catch (err) {
    spill?.remove();
    throw err;
  }
}

/** Adds every article to the story corpus (and to the spill, when kept); true when some input failed. */
async function readStoryInputs(paths: string[], lexicons: LexiconSet, opts: StoryCollectOptions, corpus: StoryCorpus, spill: ArticleSpill | null): Promise<boolean> {
  const failOn = (opts.failOn ?? 'error') as FailOn;
  let failed = false;
  if (opts.fromResults) {
    for await (const a of corpusArticles(paths, lexicons, { ...opts, keepTexts: false })) {
      if ('problem' in a) {
        if (!a.warning) failed = true;
        if (printsAt(a.warning ? 'warning' : 'error', failOn, opts.quiet)) say(a.problem);
        continue;
      }
      if (a.result.length === 0) continue;
      corpus.add(storyInputOf(a.result, a.text));
      spill?.add(a);
    }
    return failed;
  }
  const saved = paths.filter(isSavedResults);
  const raw = paths.filter((p) => !saved.includes(p));
  for (const path of saved) {
    for await (const item of readSavedResults(path)) {
      if ('problem' in item) {
        failed = true;
        if (printsAt('error', failOn, opts.quiet)) say(item.problem);
        continue;
      }
      const result = opts.outlet ? { ...item.result, outlet: opts.outlet } : item.result;
      corpus.add(storyInputOf(result, null));
      spill?.add({ result, text: null });
    }
  }
  if (raw.length || !saved.length) {
    for await (const a of analyzeWithText({ paths: raw, lexicons, outlet: opts.outlet, quiet: opts.quiet, jobs: opts.jobs })) {
      for (const d of a.result.diagnostics) {
        if (failsAt(d.severity, failOn)) failed = true;
        if (printsAt(d.severity, failOn, opts.quiet)) say(problemLine(d, a.result.id));
      }
      if (a.result.length === 0) continue;
      corpus.add(storyInputOf(a.result, a.text));
      spill?.add(a);
    }
  }
  return failed;
}

/** `compare --by-story` and `report --by-story`: the inputs grouped into stories, each story's view merged. */
export async function collectByStory(
  paths: string[],
  lexicons: LexiconSet,
  opts: Omit<StoryCollectOptions, 'keepResults' | 'options'> & { threshold?: number },
): Promise<{ byStory: ByStory; failed: boolean }> {
  const run = await collectStories(paths, lexicons, { ...opts, keepResults: true, options: storyOptions(opts) });
  try {
    return { byStory: await splitByStory(run.views(), run.grouping, lexicons), failed: run.failed };
  } finally {
    run.dispose();
  }
}
