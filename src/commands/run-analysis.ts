// Streams inputs through the pipeline: one ArticleResult per input, in input order. Inputs that
// could not be read become results marked `status: 'unreadable'`, with empty arrays and their
// diagnostics. With `jobs` > 1 the articles are analysed on worker threads; the output is the
// same, in the same order.
import { availableParallelism } from 'node:os';
import { flagDuplicateIds } from '../ingest/duplicate-ids.js';
import { tidyOutletNames } from '../ingest/outlet-names.js';
import { readInputs } from '../ingest/read-inputs.js';
import { analyzeArticle, emptyResult } from '../pipeline.js';
import { optimiseLaterInWorkers } from '../worker-jit-flags.js';
import type { AnalyzeTask } from '../analyze-worker.js';
import type { Article, ArticleResult, Diagnostic, InputItem, LexiconSet } from '../types.js';
import { checkPaths } from './check-paths.js';
import { say } from './messages.js';
import { makeProgress } from './progress.js';
import { csvColumns } from './options.js';
import { serialized, type ResultWriting, type SerializedResult } from './serialize.js';
import { isSmallInput } from './small-input.js';
import { mapInOrder, WorkerPool } from './worker-pool.js';

export interface RunOptions {
  paths: string[];
  lexicons: LexiconSet;
  /** Overrides every article's outlet. */
  outlet?: string;
  quiet?: boolean;
  /** `--column field=NAME` values for CSV input. */
  columns?: string[];
  /** Worker threads for the analysis (1: in this thread). */
  jobs?: number;
  /** The --out file, skipped in input folders. */
  out?: string;
}

/** Articles read ahead of the one being written, per worker: enough to keep every worker busy. */
const AHEAD_PER_JOB = 16;

export function unreadableResult(item: Extract<InputItem, { kind: 'unreadable' }>): ArticleResult {
  const { outlet, title, published } = item.meta ?? {};
  return { ...emptyResult(item.id, outlet ?? null, null, item.diagnostics), ...(published ? { published } : {}), ...(title ? { title } : {}), status: 'unreadable' };
}

/** Threads past twice the cores only cost memory (each holds the lexicons and its articles) and
 *  time: `--jobs 40` on 2 cores took 1.3–1.7 GB and ran 7× slower. */
const MAX_JOBS = 2 * availableParallelism();

function jobsAtMost(jobs: number, quiet?: boolean): number {
  if (jobs <= MAX_JOBS) return jobs;
  if (!quiet) say(`note: --jobs ${jobs} is more than this machine's ${availableParallelism()} cores can use; analysing on ${MAX_JOBS} worker threads`);
  return MAX_JOBS;
}

/** Each result with the text it was computed from (empty for unreadable inputs). */
export interface Analysed {
  result: ArticleResult;
  text: string;
}

/** Analyses every input, in input order, on `jobs` threads; `finish` turns each result into what
 *  the caller wants, on the thread that analysed it (a worker's `finish` is set by `writing`). */
async function* analyzeAll<O>(opts: RunOptions, writing: ResultWriting | null, finish: (r: ArticleResult, text: string) => O): AsyncGenerator<{ out: O; text: string }> {
  checkPaths(opts.paths);
  const progress = makeProgress(!opts.quiet, opts.paths);
  const jobs = (opts.jobs ?? 1) > 1 && !isSmallInput(opts.paths) ? jobsAtMost(opts.jobs!, opts.quiet) : 1;
  if (jobs > 1) optimiseLaterInWorkers();
  const pool = jobs > 1 ? new WorkerPool<AnalyzeTask, O>(new URL('../analyze-worker.js', import.meta.url), jobs, { lexicons: opts.lexicons }) : null;
  const start = async (item: InputItem): Promise<{ out: O; text: string }> => {
    if (item.kind === 'unreadable') return { out: finish(unreadableResult(item), ''), text: '' };
    const article = opts.outlet ? { ...item.article, outlet: opts.outlet } : item.article;
    const out = pool ? await pool.run({ article, diagnostics: item.diagnostics, writing }) : finish(analyzeArticle(article, opts.lexicons, item.diagnostics), article.text);
    progress.tick(article.id, article.text.length);
    return { out, text: article.text };
  };
  try {
    yield* mapInOrder(tidyOutletNames(flagDuplicateIds(readInputs(opts.paths, { stdin: process.stdin, columns: csvColumns(opts.columns), output: opts.out, onRead: progress.read }))), start, pool ? jobs * AHEAD_PER_JOB : 1);
  } finally {
    progress.done();
    await pool?.close();
  }
}

/** Analyses every input, in input order, on `jobs` threads. */
export async function* analyzeWithText(opts: RunOptions): AsyncGenerator<Analysed> {
  for await (const { out, text } of analyzeAll(opts, null, (r) => r)) yield { result: out, text };
}

export async function* analyzeInputs(opts: RunOptions): AsyncGenerator<ArticleResult> {
  for await (const { out } of analyzeAll(opts, null, (r) => r)) yield out;
}

/** Results written as JSON Lines or JSON document text: the way to write many results fast under
 *  --jobs, since the worker that analysed an article also writes it and the main thread receives
 *  bytes rather than an object graph to clone. */
export async function* analyzeSerialized(opts: RunOptions, writing: ResultWriting): AsyncGenerator<SerializedResult> {
  for await (const { out } of analyzeAll(opts, writing, (r, text) => serialized(r, writing, text))) yield out;
}
