// `npm run bench:load`: 100 signed-in reporters saving cells (of the monthly form, then of the weekly one), then 50 readers of one monthly report, against a
// real `syt serve` on 127.0.0.1, beside a baseline (the same connections asking for their session) measured in
// the same run. SQLite always; PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
// LOAD_SECONDS (default 30) bounds each run; the script stops the server and drops its databases itself.
// LOAD_ENGINES=sqlite or =postgres runs one engine; LOAD_CPU_PROFILE_DIR keeps the server's CPU profile.
import { createDatabase, prepare } from './database.ts';
import { browserHeaders, readers, savers, type LoadFigures } from './scenarios.ts';
import { startServer } from './server.ts';
import { DEFAULT_PACKAGE } from '../../packages/core/src/metadata/default-package.ts';
import type { BenchUser } from './database.ts';
import { verifySaves } from './verify.ts';

const SECONDS = Math.max(1, Math.min(600, Number(process.env.LOAD_SECONDS ?? 30)));
const REPORTERS = 100;
const READERS = 50;
/** Early February 2024: January's monthly form is open, and the demo holds no values for it yet. */
const NOW = '2024-02-03T03:00:00.000Z';
const PERIOD = '202401';
/** The week holding NOW (29/01–04/02/2024): the weekly form's grid, saved the same way. */
const WEEK = '2024W05';
const REPORT = '/api/reports/monthly?org=62&period=202311&format=json';

const WEEKLY_ELEMENTS = new Set(DEFAULT_PACKAGE.dataSets.find((d) => d.code === 'BTN_TUAN')!.sections.flatMap((s) => s.dataElements));
/** A reporter's cells that the weekly form holds too (every reporter has some: cells are dealt in turn). */
const weeklyCells = (user: BenchUser): BenchUser => ({ ...user, cells: user.cells.filter((c) => WEEKLY_ELEMENTS.has(c.dataElement)) });

const row = (f: LoadFigures, base?: LoadFigures) =>
  `${f.name.padEnd(26)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${String(f.p50).padStart(5)} ms  p99 ${String(f.p99).padStart(5)} ms` +
  `  ${f.ok} ok, ${f.failed} failed${base ? `  (${(f.requestsPerSecond / base.requestsPerSecond).toFixed(2)}× baseline)` : ''}`;

async function bench(engine: 'sqlite' | 'postgres', baseUrl?: string): Promise<boolean> {
  console.log(`\n== ${engine}: ${REPORTERS} reporters, ${READERS} readers, ${SECONDS} s per run ==`);
  const database = await createDatabase(engine, baseUrl);
  try {
    const { users, readerTokens } = await prepare(database, NOW, REPORTERS, READERS);
    const server = await startServer(database.url, NOW);
    try {
      const saveHeaders = await Promise.all(users.map((u) => browserHeaders(server.url, u.token)));
      const readHeaders = await Promise.all(readerTokens.map((t) => browserHeaders(server.url, t)));
      const base100 = await readers(`baseline, ${REPORTERS} sessions`, server.url, SECONDS, saveHeaders, '/api/auth/session');
      console.log(row(base100));
      const saves = await savers(server.url, SECONDS, users, saveHeaders, PERIOD);
      console.log(row(saves, base100));
      // Let saves still in flight when the clock stopped commit before counting.
      await new Promise((ok) => setTimeout(ok, 2_000));
      const check = await verifySaves(database.open(), saves.ok, REPORTERS);
      console.log(`  verified: ${check.auditRows} audit rows for ${saves.ok} accepted saves, ${check.cells} cells, ` +
        `${check.brokenChains} broken audit chains, ${check.mismatchedCells} cells differing from their last audit row: ${check.ok ? 'OK' : 'FAILED'}`);
      // The weekly form's grid: the same reporters on the cells the weekly form holds, for the current week.
      const weekly = await savers(server.url, SECONDS, users.map(weeklyCells), saveHeaders, WEEK);
      console.log(row({ ...weekly, name: 'saves, weekly form' }, base100));
      await new Promise((ok) => setTimeout(ok, 2_000));
      const weeklyCheck = await verifySaves(database.open(), saves.ok + weekly.ok, 2 * REPORTERS);
      console.log(`  verified: ${weeklyCheck.auditRows} audit rows for ${saves.ok + weekly.ok} accepted saves of both forms: ${weeklyCheck.ok ? 'OK' : 'FAILED'}`);
      const base50 = await readers(`baseline, ${READERS} sessions`, server.url, SECONDS, readHeaders, '/api/auth/session');
      console.log(row(base50));
      const start = performance.now();
      const cold = await fetch(`${server.url}${REPORT}`, { headers: readHeaders[0] });
      await cold.arrayBuffer();
      console.log(`monthly report, cold       ${(performance.now() - start).toFixed(0)} ms (status ${cold.status})`);
      console.log(row(await readers('monthly report, repeated', server.url, SECONDS, readHeaders, REPORT), base50));
      return check.ok && saves.failed === 0 && weeklyCheck.ok && weekly.failed === 0;
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const engines = (process.env.LOAD_ENGINES ?? 'sqlite,postgres').split(',');
let allOk = true;
if (engines.includes('sqlite')) allOk = (await bench('sqlite')) && allOk;
if (postgresUrl && engines.includes('postgres')) allOk = (await bench('postgres', postgresUrl)) && allOk;
process.exitCode = allOk ? 0 : 1;
