// Progress on stderr, only on a terminal and without --quiet: a bar when the input size is known
// (files and folders), a counter when it is not (stdin). Progress is measured in characters
// analysed against bytes on disk, so the bar is close (exact for ASCII text) but held below 100%
// until the run ends.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Progress {
  tick(label: string, chars: number): void;
  done(): void;
}

/** Bytes of the input files (a folder's own files, as the reader takes them), or null for stdin. */
export function inputBytes(paths: string[]): number | null {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const info = statSync(path);
      if (!info.isDirectory()) total += info.size;
      else {
        for (const d of readdirSync(path, { withFileTypes: true })) {
          if (d.isFile() && !d.name.startsWith('.') && d.name !== 'manifest.json') total += statSync(join(path, d.name)).size;
        }
      }
    } catch {
      // unreadable inputs are reported by the reader
    }
  }
  return total;
}

const BAR = 24;

export function progressLine(n: number, chars: number, seconds: number, total: number | null, label: string): string {
  const rate = `${(chars / 1e6 / seconds).toFixed(1)} MB/s`;
  const count = `${n} article${n === 1 ? '' : 's'}`;
  if (!total) return `analysed ${count} · ${(chars / 1e6).toFixed(1)} MB · ${rate} · ${label}`;
  const fraction = Math.min(0.99, chars / total);
  const filled = Math.round(fraction * BAR);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${Math.floor(fraction * 100)}% · ${count} · ${rate} · ${label}`;
}

export function makeProgress(enabled: boolean, paths: string[]): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, done() {} };
  const total = inputBytes(paths);
  let n = 0;
  let chars = 0;
  let last = 0;
  const started = Date.now();
  return {
    tick(label, length) {
      n++;
      chars += length;
      const now = Date.now();
      if (now - last < 100) return; // redraw at most ten times a second
      last = now;
      const width = (process.stderr.columns || 80) - 1;
      process.stderr.write(`\r${progressLine(n, chars, Math.max(0.001, (now - started) / 1000), total, label).slice(0, width).padEnd(width)}`);
    },
    done() {
      if (last) process.stderr.write(`\r${' '.repeat((process.stderr.columns || 80) - 1)}\r`);
    },
  };
}
