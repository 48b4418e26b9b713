import { defineConfig } from 'vitest/config';

// The core project of vitest.config.ts on its own, for Stryker (stryker.config.mjs), which takes one config file.
export default defineConfig({
  test: { include: ['packages/core/src/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
});
