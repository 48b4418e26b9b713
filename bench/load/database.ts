import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEFAULT_PACKAGE } from '../../packages/core/src/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../../packages/core/src/orgunit/kontum.ts';
import { ManualClock } from '../../packages/server/src/clock.ts';
import { openDatabase, type Database } from '../../packages/server/src/db/database.ts';
import { hashPassword } from '../../packages/server/src/features/auth/password.ts';
import { loadDemo } from '../../packages/server/src/features/install/demo.service.ts';
import { insertSession } from '../../packages/server/src/features/auth/session.repository.ts';
import { insertUser } from '../../packages/server/src/features/users/user.repository.ts';
import { withSearchPath } from '../../packages/server/src/test/dialects.ts';

/** A throwaway database of one engine; `open` gives a fresh handle (none is kept open while the server runs). */
export interface BenchDatabase {
  engine: 'sqlite' | 'postgres';
  url: string;
  open(): Database;
  drop(): Promise<void>;
}

/** SQLite in a temporary file; PostgreSQL as a fresh schema of the given server URL. */
export async function createDatabase(engine: 'sqlite' | 'postgres', baseUrl?: string): Promise<BenchDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'syt-load-'));
    const url = `sqlite:${join(dir, 'syt.db')}`;
    return { engine, url, open: () => openDatabase(url), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `load_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const url = withSearchPath(baseUrl!, schema);
  return { engine, url, open: () => openDatabase(url), drop: () => admin(`DROP SCHEMA ${schema} CASCADE`) };
}

/** A signed-in user of the benchmark: the cookie value and the cells it alone writes. */
export interface BenchUser {
  username: string;
  token: string;
  orgUnit: string;
  cells: { dataElement: string; categoryOptionCombo: string }[];
}

/** The monthly form's count cells, by district: what reporters type. */
function countCells(): { dataElement: string; categoryOptionCombo: string }[] {
  const ds = DEFAULT_PACKAGE.dataSets.find((d) => d.code === 'BTN_THANG')!;
  return ds.sections
    .flatMap((s) => s.dataElements)
    .map((code) => DEFAULT_PACKAGE.dataElements.find((e) => e.code === code)!)
    .filter((e) => e.valueType === 'INTEGER_ZERO_OR_POSITIVE')
    .flatMap((e) => {
      const options = e.categoryCombo === 'default' ? ['default'] : DEFAULT_PACKAGE.categories.find((c) => c.code === e.categoryCombo)!.options.map((o) => o.code);
      return options.map((coc) => ({ dataElement: e.code, categoryOptionCombo: coc }));
    });
}

/** Sessions minted straight into the table (the sign-in route allows 30 per minute per address), as login stores them. */
async function mintSession(db: Database, userId: number, now: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(new Date(now).getTime() + 24 * 3_600_000).toISOString();
  await insertSession(db, { id: createHash('sha256').update(token).digest('base64url'), userId, createdAt: now, expiresAt });
  return token;
}

/**
 * The demo installation, plus `reporters` reporters spread over the districts of the monthly form (each owning
 * its own slice of its district's cells, as real reporters do) and `readers` sessions of the demo leader.
 */
export async function prepare(bench: BenchDatabase, now: string, reporters: number, readers: number) {
  // Closed afterwards: on SQLite that also checkpoints the demo's load out of the write-ahead log.
  const db = bench.open();
  try {
    await loadDemo({ db, clock: new ManualClock(now) });
    const leader = await db.selectFrom('app_user').select('id').where('username', '=', 'lanhdao').executeTakeFirstOrThrow();
    const readerTokens = await Promise.all(Array.from({ length: readers }, () => mintSession(db, leader.id, now)));
    return { users: await addReporters(db, now, reporters), readerTokens };
  } finally {
    await db.destroy();
  }
}

async function addReporters(db: Database, now: string, reporters: number): Promise<BenchUser[]> {
  const districts = KONTUM_ORG_UNITS.dataSetAssignments['BTN_THANG']!;
  const cells = countCells();
  const units = new Map((await db.selectFrom('org_unit').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  const passwordHash = await hashPassword(randomBytes(12).toString('hex'));
  const perDistrict = Math.ceil(reporters / districts.length);
  const users: BenchUser[] = [];
  for (let i = 0; i < reporters; i++) {
    const orgUnit = districts[i % districts.length]!;
    const slot = Math.floor(i / districts.length);
    const username = `tai${String(i).padStart(3, '0')}`;
    const id = await insertUser(db, { username, displayName: `Tải ${i}`, passwordHash, role: 'reporter', orgUnitId: units.get(orgUnit)!, active: true, createdAt: now });
    const own = cells.filter((_, c) => c % perDistrict === slot);
    users.push({ username, token: await mintSession(db, id, now), orgUnit, cells: own });
  }
  return users;
}
