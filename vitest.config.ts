import { defineConfig } from 'vitest/config';

// .ci/run sets FRAMELENS_VITEST_JSON so it can print `N passed, N failed` from the JSON report
// while running exactly `npm test`.
const json = process.env.FRAMELENS_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    ...(json ? { reporters: ['default', 'json'], outputFile: { json } } : {}),
  },
});
