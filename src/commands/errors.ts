// Errors that end the run with exit code 2 and a one-line message: what went wrong, what to do.
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Any other error thrown while a command runs (as opposed to yargs rejecting the arguments). */
export class RunError extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'RunError';
  }
}

/** Wraps a command handler so errors from running it can be told from argument errors. */
export function guarded<A>(handler: (args: A) => Promise<void>): (args: A) => Promise<void> {
  return async (args) => {
    try {
      await handler(args);
    } catch (err) {
      throw err instanceof UsageError ? err : new RunError(err);
    }
  };
}
