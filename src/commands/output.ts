// Where a command writes: stdout, or the --out file. Writes wait for drain so a long JSONL run
// stays in bounded memory.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UsageError } from './errors.js';

export interface Output {
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Whether the destination is a terminal (for colour and table width). */
  isTTY: boolean;
  columns: number;
}

export function checkOutPath(out: string): void {
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`cannot write --out ${out}: folder ${dirname(out)} does not exist`, 'create the folder first or choose another path');
  }
}

export function openOutput(out: string | undefined): Output {
  if (out) checkOutPath(out);
  const stream: Writable = out ? createWriteStream(out) : process.stdout;
  const isTTY = !out && Boolean(process.stdout.isTTY);
  return {
    isTTY,
    columns: isTTY ? process.stdout.columns || 100 : 100,
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (stream === process.stdout) return;
      await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
    },
  };
}
