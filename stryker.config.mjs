// Mutation testing of the report writer (`npm run mutate`): about 15 minutes on two idle cores, so not in CI.
// A subset, writers only (never their tests): `npm run mutate -- --mutate 'packages/core/src/report/layout.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The core project alone: the runner takes one config file, and the server and e2e projects need databases.
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: [
    'packages/core/src/report/**/*.ts',
    '!packages/core/src/report/**/*.test.ts',
    '!packages/core/src/report/**/*.fixture.ts',
    '!packages/core/src/report/**/testing/**',
    '!packages/core/src/report/**/golden/**',
    '!packages/core/src/report/**/test-*.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/report.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
