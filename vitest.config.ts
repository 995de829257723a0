import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// .ci/run sets FRAMELENS_VITEST_JSON so it can print `N passed, N failed` from the JSON report
// while running exactly `npm test`.
const json = process.env.FRAMELENS_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores (a single worker on a 2-core machine),
    // but the CLI tests' workers mostly wait for a spawned framelens, so use every core.
    maxWorkers: availableParallelism(),
    ...(json ? { reporters: ['default', 'json'], outputFile: { json } } : {}),
  },
});
