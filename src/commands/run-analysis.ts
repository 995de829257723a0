// Streams inputs through the pipeline: one ArticleResult per input, in input order. Inputs that
// could not be read become results with empty arrays and their diagnostics.
import { readInputs } from '../ingest/read-inputs.js';
import { analyzeArticle } from '../pipeline.js';
import type { ArticleResult, InputItem, LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { makeProgress } from './progress.js';

export interface RunOptions {
  paths: string[];
  lexicons: LexiconSet;
  /** Overrides every article's outlet. */
  outlet?: string;
  quiet?: boolean;
}

export function unreadableResult(item: Extract<InputItem, { kind: 'unreadable' }>): ArticleResult {
  return {
    id: item.id,
    outlet: null,
    wire: null,
    length: 0,
    segments: [],
    quotes: [],
    actors: [],
    mentions: [],
    framing: [],
    sentiment: [],
    diagnostics: item.diagnostics,
  };
}

export function checkPaths(paths: string[]): void {
  if (paths.length === 0) {
    throw new UsageError('no input given', 'name text files, JSONL files or folders, or `-` to read stdin');
  }
}

export async function* analyzeInputs(opts: RunOptions): AsyncGenerator<ArticleResult> {
  checkPaths(opts.paths);
  const progress = makeProgress(!opts.quiet);
  try {
    for await (const item of readInputs(opts.paths, { stdin: process.stdin })) {
      if (item.kind === 'unreadable') {
        yield unreadableResult(item);
        continue;
      }
      const article = opts.outlet ? { ...item.article, outlet: opts.outlet } : item.article;
      progress.tick(article.id);
      yield analyzeArticle(article, opts.lexicons, item.diagnostics);
    }
  } finally {
    progress.done();
  }
}
