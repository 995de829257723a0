// A small pool of worker threads for `--jobs N`, and an in-order map over an async stream that
// keeps a bounded number of items in flight (so memory stays flat however long the input is).
import { Worker } from 'node:worker_threads';

/** What a worker posts back for task `id`: its result, or the message of what it threw. */
export type WorkerReply<R> = { id: number; result: R } | { id: number; error: string };

interface Pending<R> {
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<R> {
  worker: Worker;
  pending: Map<number, Pending<R>>;
}

/**
 * Runs tasks on up to `size` workers started from `script` with `workerData`. Workers start only
 * when the ones running are busy, so a one-article input starts one. Each worker holds at most
 * `depth` tasks, so a worker never idles waiting for the main thread between two tasks.
 */
export class WorkerPool<T, R> {
  private readonly slots: Slot<R>[] = [];
  private readonly queue: { id: number; task: T; pending: Pending<R> }[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly workerData: unknown,
    private readonly depth = 4,
  ) {}

  run(task: T): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.pending.size === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.reduce<Slot<R> | undefined>((best, s) => (s.pending.size < this.depth && (!best || s.pending.size < best.pending.size) ? s : best), undefined);
      if (!slot) return;
      const { id, task, pending } = this.queue.shift()!;
      slot.pending.set(id, pending);
      slot.worker.postMessage({ id, task });
    }
  }

  private spawn(): Slot<R> {
    const worker = new Worker(this.script, { workerData: this.workerData });
    const slot: Slot<R> = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply<R>) => {
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply.result);
      this.dispatch();
    });
    // A worker that dies (out of memory, a bug outside the task) fails its tasks and the run.
    const fail = (err: Error) => {
      this.failure ??= err;
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
      for (const q of this.queue.splice(0)) q.pending.reject(err);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && slot.pending.size) fail(new Error(`a worker thread stopped with exit code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}

/**
 * `start(item)` for each item of `items`, yielded in input order; at most `limit` items are read
 * ahead of the one being yielded.
 */
export async function* mapInOrder<I, O>(items: AsyncIterable<I>, start: (item: I) => Promise<O>, limit: number): AsyncGenerator<O> {
  const ahead: Promise<O>[] = [];
  const source = items[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      while (!done && ahead.length < limit) {
        const next = await source.next();
        if (next.done) done = true;
        else {
          const p = start(next.value);
          p.catch(() => {}); // awaited below in order; this only stops an early "unhandled rejection"
          ahead.push(p);
        }
      }
      if (!ahead.length) return;
      yield await ahead.shift()!;
    }
  } finally {
    if (!done) await source.return?.(undefined);
  }
}
