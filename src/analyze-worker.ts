// A worker thread of `--jobs N`: analyses the articles the main thread posts with the lexicons it
// was started with, and posts each result back under the task's id.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne } from './commands/run-analysis.js';
import type { WorkerReply } from './commands/worker-pool.js';
import type { ArticleResult, Article, Diagnostic, LexiconSet } from './types.js';

export interface AnalyzeTask {
  article: Article;
  diagnostics: Diagnostic[];
}

const lexicons = (workerData as { lexicons: LexiconSet }).lexicons;

parentPort!.on('message', ({ id, task }: { id: number; task: AnalyzeTask }) => {
  let reply: WorkerReply<ArticleResult>;
  try {
    reply = { id, result: analyzeOne(task.article, lexicons, task.diagnostics) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
