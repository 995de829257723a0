// A worker thread of `--jobs N`: analyses the articles the main thread posts with the lexicons it
// was started with, and posts each result back under the task's id.
import { parentPort, workerData } from 'node:worker_threads';
// Only the pipeline and the serializer: importing the input readers (linkedom, Readability,
// csv-parse) would cost each worker about 0.4 s before its first article.
import { analyzeArticle } from './pipeline.js';
import { serialized, type ResultWriting, type SerializedResult } from './commands/serialize.js';
import type { WorkerReply } from './commands/worker-pool.js';
import type { ArticleResult, Article, Diagnostic, LexiconSet } from './types.js';

export interface AnalyzeTask {
  article: Article;
  diagnostics: Diagnostic[];
  /** Post the result written this way (cheaper to pass between threads than the object). */
  writing: ResultWriting | null;
}

const lexicons = (workerData as { lexicons: LexiconSet }).lexicons;

parentPort!.on('message', ({ id, task }: { id: number; task: AnalyzeTask }) => {
  let reply: WorkerReply<ArticleResult>;
  try {
    const result = analyzeArticle(task.article, lexicons, task.diagnostics);
    if (task.writing) {
      const out = serialized(result, task.writing, task.article.text);
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
