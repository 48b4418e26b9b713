// `npx tsx bench/report-cache.bench.ts`: 50 concurrent readers of the province's monthly report over HTTP, on
// SQLite and (with BENCH_DATABASE_URL or TEST_DATABASE_URL) PostgreSQL, without the report cache and with it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateDemoValues } from '../packages/core/src/demo/index.ts';
import { DEFAULT_PACKAGE } from '../packages/core/src/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../packages/core/src/orgunit/kontum.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { storeTrustedValues } from '../packages/server/src/features/data-values/data-value.service.ts';
import { createUserRow, setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import { writeOrgUnits } from '../packages/server/src/features/org-units/org-unit.repository.ts';
import { ReportCache, useReportCache } from '../packages/server/src/features/reports/report-cache.ts';
import { DIALECTS } from '../packages/server/src/test/dialects.ts';
import { communes, PROVINCE, splitOverCommunes } from './communes.ts';
import type { Benchmark, Figure } from './run.ts';

const READERS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'mat-khau-do-tai-1';
const url = (base: string, format: string) => `${base}/api/reports/monthly?org=${PROVINCE}&period=202311&format=${format}`;

/** A cache that keeps nothing and shares nothing: every request writes the report, as before there was a cache. */
class NoCache extends ReportCache {
  override async get<T>(_key: string, build: () => Promise<T>): Promise<T> {
    return build();
  }
}

/** The province of 100 communes with five years of values (as `report.bench.ts`), served on 127.0.0.1. */
export const reportCacheBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  const db = database.db;
  await setupInstallation({ db, clock: systemClock });
  const app = await buildApp({ db, clock: systemClock, config: loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' }) });
  try {
    await writeOrgUnits(db, communes());
    const values = splitOverCommunes(generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { includeZeros: true }));
    await db.transaction().execute((trx) => storeTrustedValues(trx, values, 'bench', new Date().toISOString()));
    await createUserRow({ db, clock: systemClock }, { username: 'xem', displayName: 'xem', role: 'viewer', orgUnitCode: PROVINCE }, PASSWORD);
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const cookie = await signIn(base);
    const load = async (name: string, format: string): Promise<Figure[]> => {
      const r = await autocannon(url(base, format), cookie);
      if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} answers not 2xx, ${r.errors} errors`);
      return [
        { name: `${name}: requests per second`, value: r.requests.average, unit: 'req/s' },
        { name: `${name}: p50 latency`, value: r.latency.p50, unit: 'ms' },
        { name: `${name}: p99 latency`, value: r.latency.p99, unit: 'ms' },
      ];
    };
    // Cached first, after a short unmeasured run (JIT, first build); the uncached run last, since the requests it
    // leaves running when autocannon stops would slow whatever came next.
    await autocannon(url(base, 'json'), cookie, 2);
    const figures: Figure[] = [];
    for (const format of ['json', 'md', 'docx']) figures.push(...(await load(`${READERS} readers, ${format}, cached`, format)));
    useReportCache(db, new NoCache());
    figures.push(...(await load(`${READERS} readers, json, no cache`, 'json')));
    return figures;
  } finally {
    await app.close();
    await database.drop();
  }
};

/** autocannon in a process of its own, so the load it makes does not share the server's thread. */
async function autocannon(target: string, cookie: string, seconds = SECONDS) {
  const args = ['-c', String(READERS), '-d', String(seconds), '-t', '120', '-H', `cookie=${cookie}`, '-j', target];
  const { stdout } = await promisify(execFile)('node_modules/.bin/autocannon', args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
}

/** The session cookie of the viewer, signed in as the browser does (CSRF token first). */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map(csrf.headers.getSetCookie().map(pair));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookies() },
    body: JSON.stringify({ username: 'xem', password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${await login.text()}`);
  for (const c of login.headers.getSetCookie()) jar.set(...pair(c));
  return cookies();
}

/** `name=value; Path=/…` → [name, value] (values may hold `=`). */
function pair(setCookie: string): [string, string] {
  const first = setCookie.split(';')[0]!;
  const at = first.indexOf('=');
  return [first.slice(0, at), first.slice(at + 1)];
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  for (const dialect of DIALECTS) {
    console.log(`\n== ${dialect.name} ==`);
    for (const f of await reportCacheBenchmarks(dialect)) console.log(`${f.name.padEnd(48)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(12)} ${f.unit}`);
  }
}

