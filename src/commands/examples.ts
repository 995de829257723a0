// Help examples: each as a `# what it does` line above the command, so no command is wrapped and
// a pasted line runs as it is (test/cli-help-examples.test.ts runs every one).
import type { Argv } from 'yargs';

export type Example = readonly [command: string, what: string];

export function withExamples<T>(y: Argv<T>, examples: readonly Example[]): Argv<T> {
  for (const [command, what] of examples) y.example(`# ${what}`, '').example(command, '');
  return y;
}
