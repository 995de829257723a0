// A one-line progress counter on stderr, shown only on a terminal and without --quiet.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function makeProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, done() {} };
  let n = 0;
  let last = 0;
  return {
    tick(label) {
      n++;
      const now = Date.now();
      if (now - last < 100) return; // redraw at most ten times a second
      last = now;
      const width = (process.stderr.columns || 80) - 1;
      process.stderr.write(`\r${`analysed ${n} article${n === 1 ? '' : 's'} · ${label}`.slice(0, width).padEnd(width)}`);
    },
    done() {
      if (last) process.stderr.write(`\r${' '.repeat((process.stderr.columns || 80) - 1)}\r`);
    },
  };
}
