// The V8 setting `--jobs` N > 1 makes before its first worker starts; apart from jit-flags.ts, which
// only the CLI imports, so that a test importing the commands sets no process-wide flag.
import { setFlagsFromString } from 'node:v8';

/**
 * For `--jobs` N > 1, called before the first worker starts: V8 optimises a function only after
 * twice as much of its bytecode has run (--interrupt-budget; V8's default is 67,584). Every worker
 * isolate warms up on its own, compiling the hot code anew, so the fewer functions TurboFan takes
 * on early, the less of that is done N times. Measured by instructions executed (cachegrind,
 * `node --predictable`, all threads), `analyze --format jsonl --jobs 2` on PolNeAR dev ×5:
 * 74.90 G → 73.28 G (−2.2%); `farm-bench -n 3` at load 0.2–2.5: CPU 0.961× (0.955–0.976), wall
 * 0.962×; at load 5–9, within the noise. One thread keeps V8's default.
 */
export function optimiseLaterInWorkers(): void {
  setFlagsFromString('--interrupt-budget=135168');
}
