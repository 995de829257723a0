// Streams inputs through the pipeline: one ArticleResult per input, in input order. Inputs that
// could not be read become results marked `status: 'unreadable'`, with empty arrays and their
// diagnostics.
import { existsSync } from 'node:fs';
import { flagDuplicateIds } from '../ingest/duplicate-ids.js';
import { readInputs } from '../ingest/read-inputs.js';
import { analyzeArticle } from '../pipeline.js';
import type { ArticleResult, InputItem, LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { makeProgress } from './progress.js';
import { csvColumns } from './options.js';

export interface RunOptions {
  paths: string[];
  lexicons: LexiconSet;
  /** Overrides every article's outlet. */
  outlet?: string;
  quiet?: boolean;
  /** `--column field=NAME` values for CSV input. */
  columns?: string[];
}

export function unreadableResult(item: Extract<InputItem, { kind: 'unreadable' }>): ArticleResult {
  return {
    id: item.id,
    status: 'unreadable',
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

/** No input, or a path that does not exist, is a usage error (exit 2) in every command, found
 * before anything is written. */
export function checkPaths(paths: string[]): void {
  if (paths.length === 0) {
    throw new UsageError('no input given', 'name text files, JSONL files or folders, or `-` to read stdin');
  }
  const missing = paths.find((p) => p !== '-' && !existsSync(p));
  if (missing !== undefined) throw new UsageError(`no such file or folder: ${missing}`, 'check the path (or quote it if it holds spaces)');
}

/** Each result with the text it was computed from (empty for unreadable inputs). */
export interface Analysed {
  result: ArticleResult;
  text: string;
}

export async function* analyzeWithText(opts: RunOptions): AsyncGenerator<Analysed> {
  checkPaths(opts.paths);
  const progress = makeProgress(!opts.quiet, opts.paths);
  try {
    for await (const item of flagDuplicateIds(readInputs(opts.paths, { stdin: process.stdin, columns: csvColumns(opts.columns) }))) {
      if (item.kind === 'unreadable') {
        yield { result: unreadableResult(item), text: '' };
        continue;
      }
      const article = opts.outlet ? { ...item.article, outlet: opts.outlet } : item.article;
      progress.tick(article.id, article.text.length);
      yield { result: analyzeArticle(article, opts.lexicons, item.diagnostics), text: article.text };
    }
  } finally {
    progress.done();
  }
}

export async function* analyzeInputs(opts: RunOptions): AsyncGenerator<ArticleResult> {
  for await (const { result } of analyzeWithText(opts)) yield result;
}
