// A worker thread of `--jobs N`: analyses the articles the main thread posts with the lexicons it
// was started with, and posts each result back under the task's id.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne, serialized, type SerializedResult } from './commands/run-analysis.js';
import type { ResultFormat } from './commands/serialize.js';
import type { WorkerReply } from './commands/worker-pool.js';
import type { ArticleResult, Article, Diagnostic, LexiconSet } from './types.js';

export interface AnalyzeTask {
  article: Article;
  diagnostics: Diagnostic[];
  /** Post the result written in this format (cheaper to pass between threads than the object). */
  format: ResultFormat | null;
}

const lexicons = (workerData as { lexicons: LexiconSet }).lexicons;

parentPort!.on('message', ({ id, task }: { id: number; task: AnalyzeTask }) => {
  let reply: WorkerReply<ArticleResult | SerializedResult>;
  try {
    const result = analyzeOne(task.article, lexicons, task.diagnostics);
    if (task.format) {
      const out = serialized(result, task.format);
      // The bytes are moved to the main thread, not copied.
      parentPort!.postMessage({ id, result: out } satisfies WorkerReply<SerializedResult>, [out.bytes.buffer as ArrayBuffer]);
      return;
    }
    reply = { id, result };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
