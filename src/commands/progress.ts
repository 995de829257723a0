// Progress on stderr, only on a terminal and without --quiet: a bar with the time left when the
// input size is known (files and folders), a counter when it is not (stdin). The bar is the
// input's bytes read (JSON Lines record by record, other files whole) against its bytes on disk,
// held below 100% until the run ends: measured in article text it stopped at a quarter of a JSON
// Lines file whose records hold other fields. The line is erased before anything else reaches the terminal
// (`clearProgress`, called by the output and by every message) and redrawn at the next article.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayWidth, terminalSafe } from '../report/terminal-table.js';

export interface Progress {
  tick(label: string, chars: number): void;
  /** Bytes of the input read (the reader reads a few articles ahead of the analysis). */
  read(bytes: number): void;
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

/** `12 s`, `4 min 5 s`, `2 h 10 min`. */
export function duration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** `done` is how much of the input's `total` bytes the analysis has covered (see makeProgress). */
export function progressLine(n: number, chars: number, seconds: number, total: number | null, label: string, done = chars): string {
  const rate = `${(chars / 1e6 / seconds).toFixed(1)} MB/s`;
  const count = `${n} article${n === 1 ? '' : 's'}`;
  if (!total) return `analysed ${count} · ${(chars / 1e6).toFixed(1)} MB · ${rate} · ${label}`;
  const fraction = Math.min(0.99, done / total);
  const filled = Math.round(fraction * BAR);
  // The estimate waits for a second of measurement; before that it would only jump about.
  const left = seconds >= 1 && done > 0 ? ` · ${duration(((total - Math.min(done, total)) / done) * seconds)} left` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${Math.floor(fraction * 100)}% · ${count}${left} · ${rate} · ${label}`;
}

/** Shortens to at most `width` terminal columns. */
function fitLine(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

let shown = false;

/** Erases the progress line, if one is on the terminal. */
export function clearProgress(): void {
  if (!shown) return;
  process.stderr.write('\r\u001b[K');
  shown = false;
}

export function makeProgress(enabled: boolean, paths: string[]): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, read() {}, done() {} };
  const total = inputBytes(paths);
  let n = 0;
  let chars = 0;
  let last = 0;
  let bytesRead = 0;
  const started = Date.now();
  return {
    read(bytes) {
      bytesRead += bytes;
    },
    tick(label, length) {
      n++;
      chars += length;
      const now = Date.now();
      if (now - last < 100) return; // redraw at most ten times a second
      last = now;
      const width = (process.stderr.columns || 80) - 1;
      // (The reader is at most a few dozen articles ahead of the analysis.)
      const done = bytesRead || chars;
      const line = progressLine(n, chars, Math.max(0.001, (now - started) / 1000), total, terminalSafe(label, true), done);
      process.stderr.write(`\r${fitLine(line, width)}\u001b[K`);
      shown = true;
    },
    done: clearProgress,
  };
}
