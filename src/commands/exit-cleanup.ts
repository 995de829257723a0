// Temporary files and folders are removed however the run ends: normally, on an error, on
// Ctrl-C (SIGINT), SIGTERM or SIGHUP, and when a closed pipe (`| head`) ends it.
import { rmSync } from 'node:fs';

const pending = new Set<string>();
let installed = false;

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

function install(): void {
  installed = true;
  process.on('exit', () => {
    for (const path of pending) rmSync(path, { recursive: true, force: true });
  });
  for (const [signal, number] of Object.entries(SIGNALS)) {
    // The shell's convention: killed by signal N exits 128 + N.
    process.once(signal, () => process.exit(128 + number));
  }
}

/** Removes `path` when the process exits, unless the returned function is called first. */
export function removeOnExit(path: string): () => void {
  if (!installed) install();
  pending.add(path);
  return () => pending.delete(path);
}
