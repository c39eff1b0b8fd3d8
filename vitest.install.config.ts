import { defineConfig } from 'vitest/config';

// The install tests (npm pack, git, pre-commit): slow, so they run apart from `npm test`.
export default defineConfig({
  test: {
    include: ['tests/install/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ['default', './tests/plain-summary-reporter.ts'],
  },
});
