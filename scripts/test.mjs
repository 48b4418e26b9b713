// The full test suite: lint and type checks, core units, server integration (SQLite, and PostgreSQL when TEST_DATABASE_URL is set),
// end-to-end journeys in headless Chromium. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!process.env.TEST_DATABASE_URL) {
  console.warn('TEST_DATABASE_URL is not set: the integration suite runs on SQLite only.');
}
if (run('npm', ['run', 'check']) !== 0) process.exit(1);
if (run('node', ['scripts/ensure-system-packages.mjs']) !== 0) process.exit(1);
if (run('npm', ['run', 'build:web']) !== 0) process.exit(1);

mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
const status = run('npx', [
  'vitest', 'run',
  '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json',
]);

let summary = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
try {
  summary = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
} catch {
  console.error('No test report was written.');
}
const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped } = summary;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
