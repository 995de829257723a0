// A one-line progress counter on stderr (articles, megabytes, rate), shown only on a terminal and
// without --quiet. Inputs are streamed, so there is no total to draw a bar against.
export interface Progress {
  tick(label: string, chars: number): void;
  done(): void;
}

export function makeProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, done() {} };
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
      const seconds = Math.max(0.001, (now - started) / 1000);
      const mb = chars / 1e6;
      const line = `analysed ${n} article${n === 1 ? '' : 's'} · ${mb.toFixed(1)} MB · ${Math.round(n / seconds)}/s · ${label}`;
      const width = (process.stderr.columns || 80) - 1;
      process.stderr.write(`\r${line.slice(0, width).padEnd(width)}`);
    },
    done() {
      if (last) process.stderr.write(`\r${' '.repeat((process.stderr.columns || 80) - 1)}\r`);
    },
  };
}
