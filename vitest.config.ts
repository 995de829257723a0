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
    // A worker keeps the modules it has loaded from one test file to the next, instead of loading
    // src/ (and natural, yaml, zod) again for each of ~80 unit test files. Safe while no test mocks
    // modules (vi.mock) and src/ keeps no module-level state beyond WeakMap caches.
    isolate: false,
    ...(json ? { reporters: ['default', 'json'], outputFile: { json } } : {}),
  },
});
