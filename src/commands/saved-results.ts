// `framelens stories` also reads what `framelens analyze --format jsonl` wrote: a .jsonl file
// whose first record has `segments` and `mentions` but no `text` is read as saved results.
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { readLines } from '../ingest/read-lines.js';
import type { ArticleResult } from '../types.js';

const PROBE_BYTES = 1 << 20;

function isResult(value: unknown): value is ArticleResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.text !== 'string' && Array.isArray(r.segments) && Array.isArray(r.mentions) && Array.isArray(r.quotes);
}

export function isSavedResults(path: string): boolean {
  if (!path.toLowerCase().endsWith('.jsonl')) return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(PROBE_BYTES);
    const n = readSync(fd, buf, 0, PROBE_BYTES, 0);
    const first = buf.subarray(0, n).toString('utf8').split('\n').find((l) => l.trim());
    return first !== undefined && isResult(JSON.parse(first.trim())); // trim drops a byte-order mark too
  } catch {
    return false; // unreadable or not JSON: the ordinary reader reports it
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The results in a saved `analyze` file; lines that are not results are reported and skipped. */
export async function* readSavedResults(path: string): AsyncGenerator<{ result: ArticleResult } | { problem: string }> {
  for await (const { bytes, line } of readLines(createReadStream(path))) {
    const text = bytes.toString('utf8').trim();
    if (!text) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (isResult(value)) yield { result: value };
      else yield { problem: `${path}:${line}: not an analyze result` };
    } catch (e) {
      yield { problem: `${path}:${line}: not valid JSON (${(e as Error).message})` };
    }
  }
}
