import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The install tests pack and install the tool: `npm run test:install` (vitest.install.config.ts).
    exclude: ['tests/install/**', 'node_modules/**'],
    testTimeout: 20_000,
    reporters: ['default', './tests/plain-summary-reporter.ts'],
  },
});
