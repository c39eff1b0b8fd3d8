import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/slow-first-sequencer.js';

/**
 * Files that replace a module (vi.mock) get a fresh module graph of their own; every other file
 * shares its worker's modules with the files run before it (isolate: false), which saves
 * re-importing the sources, vitest and the libraries for each of the 120-odd files — two thirds
 * of the suite's CPU time. Tests must therefore leave no global state behind (process.env, cwd).
 */
const ISOLATED = ['tests/cli/save-during-run.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // One worker per core: vitest's default is one fewer, which on a 2-core machine runs every
    // file in one worker, one after another (measured: 70 s wall with 1 worker, 56 s with 2).
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', './tests/plain-summary-reporter.ts'],
    // Removes each test's temporary workspaces (tests/cli/helpers.ts) in every file.
    setupFiles: ['tests/setup.ts'],
    // The slowest files start first, so that no core idles at the end (tests/slow-first-sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      // The install tests pack and install the tool: `npm run test:install` (vitest.install.config.ts).
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ['tests/install/**', 'node_modules/**', ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
