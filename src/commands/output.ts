// Where a command writes: stdout, or the --out file. Writes wait for drain so a long JSONL run
// stays in bounded memory. On a terminal the progress line is erased before each write, and any
// control character that would still reach the terminal is shown as an escape (`\x1b`), so text
// from the input can never move the cursor, retitle the window or change colours; only the colour
// codes framelens writes itself pass, and only when colour is on.
import { createWriteStream, existsSync, openSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fsProblem } from '../ingest/fs-problem.js';
import { realPathOf } from '../ingest/real-path.js';
import { removeOnExit } from './exit-cleanup.js';
import { UsageError } from './errors.js';
import { useColour, type GlobalArgs } from './options.js';
import { clearProgress } from './progress.js';

export interface Output {
  /** Text, or UTF-8 bytes already encoded (a worker's serialized results). */
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
  if (existsSync(out) && statSync(out).isDirectory()) throw cannotWrite(out, 'it is a folder');
}

const cannotWrite = (out: string, why: string, code?: string) =>
  new UsageError(`cannot write --out ${out}: ${why}`, code === 'ENOSPC' ? 'free space on its disk or choose another path' : 'choose another path');

/**
 * The --out file, opened now so that a path that cannot be written ends the run before any work.
 * A regular file is written beside it under a hidden temporary name and renamed over it when the
 * run succeeds, so an interrupted or failed run leaves the old file (or none), never half of one;
 * a device or pipe (`/dev/stdout`) is written in place.
 */
function openOutFile(out: string): { stream: Writable; commit: () => void } {
  checkOutPath(out);
  const special = existsSync(out) && !statSync(out).isFile();
  const target = realPathOf(out);
  const path = special ? out : join(dirname(target), `.${basename(target)}.framelens-${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw cannotWrite(out, fsProblem(e), (e as NodeJS.ErrnoException).code);
  }
  if (special) return { stream: createWriteStream(out, { fd }), commit: () => {} };
  const kept = removeOnExit(path);
  return {
    stream: createWriteStream(path, { fd }),
    commit: () => {
      try {
        renameSync(path, target);
      } catch (e) {
        throw cannotWrite(out, fsProblem(e), (e as NodeJS.ErrnoException).code);
      }
      kept();
    },
  };
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: controls escaped except tab, line ends and (when `colour`) SGR colour codes. */
export function ttySafe(text: string, colour: boolean): string {
  return text.replace(UNSAFE, (m) => {
    if (m === '\r\n' || (colour && m.length > 1)) return m;
    if (m.length > 1) return `\\x1b${m.slice(1)}`;
    const code = m.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const utf8 = new TextDecoder();

export function openOutput(out: string | undefined, args: GlobalArgs = {}): Output {
  const file = out ? openOutFile(out) : null;
  const stream: Writable = file ? file.stream : process.stdout;
  // A failed write to the file (a full disk) ends the run at the next write; stdout's errors are
  // handled in cli.ts.
  let failure: Error | null = null;
  if (out) stream.on('error', (e) => (failure = e));
  const check = () => {
    if (failure) throw cannotWrite(out!, fsProblem(failure), (failure as NodeJS.ErrnoException).code);
  };
  const isTTY = !out && Boolean(process.stdout.isTTY);
  const colour = isTTY && useColour(args, { isTTY });
  return {
    isTTY,
    columns: isTTY ? process.stdout.columns || 100 : 100,
    async write(text) {
      check();
      if (isTTY) clearProgress();
      if (!stream.write(isTTY ? ttySafe(typeof text === 'string' ? text : utf8.decode(text), colour) : text)) {
        // (The wait that loses is removed: left, each would keep an `error` and a `close` listener.)
        const done = new AbortController();
        const until = (event: string) => once(stream, event, { signal: done.signal }).catch(() => {});
        await Promise.race([until('drain'), until('close')]);
        done.abort();
        check();
      }
    },
    async close() {
      if (stream === process.stdout) return;
      check();
      await new Promise<void>((res) => stream.end(res));
      check();
      file!.commit();
    },
  };
}
