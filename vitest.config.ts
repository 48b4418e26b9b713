import { defineConfig } from 'vitest/config';

// One runner, three levels: pure core units, server integration on every dialect, browser journeys.
export default defineConfig({
  test: {
    projects: [
      // Some core tests generate five years of demo values: give them room on a busy machine.
      { test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      // Pure functions of the web (no DOM): models behind its cards and editors.
      { test: { name: 'web', include: ['packages/web/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
