import { TRIGGER_WRITTEN_TABLES } from '../change-counter.ts';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { ManualClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import type { Actor } from '../../features/access/access.policy.ts';
import { saveDataValue } from '../../features/data-entry/cell-save.service.ts';
import { DEMO_PASSWORD, loadDemo } from '../../features/install/demo.service.ts';
import { setupInstallation } from '../../features/install/install.service.ts';
import { TestClient } from '../../test/harness.ts';
import { DIALECTS, type TestDatabase } from '../../test/dialects.ts';
import { manyValues } from '../../test/value-fixtures.ts';
import type { Database } from '../database.ts';
import type { BackupHeader } from './backup-file.ts';
import { tableChecksums } from './snapshot.ts';

const bin = resolve(import.meta.dirname, '../../../bin/syt.mjs');
const run = promisify(execFile);
const syt = (url: string, ...args: string[]) =>
  run('node', [bin, ...args], { env: { ...process.env, DATABASE_URL: url } });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => e,
  );

const WRITER: Actor = { id: 0, username: 'writer', role: 'admin', scopePath: '/', canEditExpired: true };
/** Every byte value once, so an encoding that mangles bytes cannot pass. */
const BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

/** Saves new values (each with its audit row, one transaction per save) until stopped, as a data-entry user would. */
function startWriter(db: Database) {
  const clock = new ManualClock('2030-01-10T00:00:00Z');
  // The months after the demo's, while its districts still exist: no save touches the demo's values.
  const periods = Array.from(
    { length: 18 },
    (_, i) => `${2024 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const cells = periods.flatMap((period) => manyValues(870).map((v) => ({ ...v, period })));
  let saved = 0;
  let stopped = false;
  let failed: unknown;
  const done = (async () => {
    // A first pass creates each value; later passes change them (a slow backup outlasts one pass).
    for (let pass = 0; pass < 20; pass++) {
      for (const cell of cells) {
        if (stopped) return;
        await saveDataValue({ db, clock }, WRITER, pass === 0 ? cell : { ...cell, value: String(Number(cell.value) + pass) });
        saved++;
        // SQLite answers synchronously: let the event loop see the backup process exit between saves.
        await new Promise((r) => setImmediate(r));
      }
    }
    throw new Error('the writer ran out of cells before the backup ended');
  })().catch((error: unknown) => {
    failed = error;
  });
  const saves = () => {
    if (failed) throw failed;
    return saved;
  };
  return { saved: saves, stop: async () => ((stopped = true), await done, saves()) };
}

const headerOf = (file: string): BackupHeader =>
  JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n', 1)[0]!);
const promised = (header: BackupHeader) =>
  Object.fromEntries(header.tables.map((t) => [t.name, { rows: t.rows, checksum: t.checksum }]));

describe.each(DIALECTS)('syt backup of a running $name installation', (source) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'syt-backup-'));
  const file = join(dir, 'syt.backup.gz');
  let header: BackupHeader;

  beforeAll(async () => {
    database = await source.create();
    await loadDemo({ db: database.db, clock: new ManualClock('2024-01-10T00:00:00Z') });
    await database.db
      .insertInto('attachment')
      .values({
        file_name: 'bytes.bin',
        content_type: 'application/octet-stream',
        size: 256,
        bytes: BYTES,
        uploaded_by: 'admin',
        uploaded_at: '2024-01-10T00:00:00Z',
      })
      .execute();
  }, 240_000);
  afterAll(() => database.drop());

  it('takes a consistent snapshot while values are being saved', async () => {
    const before = await tableChecksums(database.db);
    const writer = startWriter(database.db);
    while (writer.saved() === 0) await new Promise((r) => setTimeout(r, 5));
    const savedAtStart = writer.saved();
    const result = await syt(database.url, 'backup', '-o', file);
    const savedAtEnd = writer.saved();
    await writer.stop();
    expect(result.stderr).toContain('Đã sao lưu');
    header = headerOf(file);
    const tables = promised(header);
    // The writer kept saving while the backup ran, and the backup holds some of those saves, each with its audit row.
    expect(savedAtEnd).toBeGreaterThan(savedAtStart);
    const captured = tables.data_value_audit!.rows;
    expect(captured).toBeGreaterThanOrEqual(savedAtStart);
    expect(captured).toBeLessThanOrEqual(savedAtEnd);
    expect(tables.data_value!.rows).toBe(before.data_value!.rows + captured);
    // Tables the writer does not touch are exactly as they were.
    const untouched = (t: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(t).filter(([n]) => !n.startsWith('data_value')));
    expect(untouched(tables)).toEqual(untouched(before));
    expect(header).toMatchObject({ format: 'syt-backup', engine: source.name });
  }, 240_000);

  it.each(DIALECTS)(
    'restores into a fresh $name database: every table identical, and SYT serves it',
    async (target) => {
      const restored = await target.create();
      try {
        const result = await syt(restored.url, 'restore', file);
        expect(result.stderr).toContain('Đã khôi phục');
        expect(await tableChecksums(restored.db)).toEqual(promised(header));
        const attachment = await restored.db.selectFrom('attachment').select('bytes').executeTakeFirstOrThrow();
        expect(Buffer.from(attachment.bytes)).toEqual(BYTES);
        // New rows get fresh ids after the restored ones (PostgreSQL's sequences were moved on).
        await saveDataValue({ db: restored.db, clock: new ManualClock('2030-01-10T00:00:00Z') }, WRITER, {
          dataElement: 'TCM_CASES',
          orgUnit: '611',
          period: '202501',
          value: '5',
        });
        const app = await buildApp({
          db: restored.db,
          clock: new ManualClock('2024-01-10T00:00:00Z'),
          config: loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' }),
        });
        const client = await new TestClient(app).init();
        expect((await client.login('admin', DEMO_PASSWORD)).statusCode).toBe(200);
        const total = await client.request('GET', '/api/aggregate?item=TCM_CASES&orgUnit=62&from=202311&to=202311');
        expect(total.json()).toMatchObject({ value: 17 });
        await app.close();
      } finally {
        await restored.drop();
      }
    },
    240_000,
  );

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const target = await source.create();
    try {
      await setupInstallation({ db: target.db, clock: new ManualClock('2024-01-10T00:00:00Z') });
      const before = await tableChecksums(target.db);
      const refused = await failure(syt(target.url, 'restore', file));
      expect(refused).toMatchObject({ code: 1 });
      expect(refused.stderr).toContain('Chỉ khôi phục vào cơ sở dữ liệu trống');
      expect(await tableChecksums(target.db)).toEqual(before);
    } finally {
      await target.drop();
    }
  }, 240_000);

  it('refuses a cut-off or altered file and loads nothing', async () => {
    const whole = readFileSync(file);
    const cut = join(dir, 'cut.gz');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const text = gunzipSync(whole).toString('utf8');
    const altered = join(dir, 'altered.gz');
    writeFileSync(
      altered,
      gzipSync(text.replace(/\n\[(.*?),"(\d+)",/, (_, head, v) => `\n[${head},"${Number(v) + 1}",`)),
    );
    expect(gunzipSync(readFileSync(altered)).toString('utf8')).not.toBe(text);
    const target = await source.create();
    try {
      for (const bad of [cut, altered]) {
        const refused = await failure(syt(target.url, 'restore', bad));
        expect(refused).toMatchObject({ code: 1 });
        expect(refused.stderr).toContain('Tệp sao lưu bị hỏng hoặc không đầy đủ');
        // Migrations ran (the counters they seed are the database's own); no table holds a restored row.
        const loaded = Object.entries(await tableChecksums(target.db)).filter(([name]) => !TRIGGER_WRITTEN_TABLES.includes(name));
        expect(loaded.every(([, t]) => t.rows === 0)).toBe(true);
      }
    } finally {
      await target.drop();
    }
  }, 240_000);

  it('refuses a backup from a newer SYT before touching the database', async () => {
    const [first, ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const newer = join(dir, 'newer.gz');
    const future = { ...JSON.parse(first!), migrations: [...header.migrations, '9999_future'] };
    writeFileSync(newer, gzipSync([JSON.stringify(future), ...rest].join('\n')));
    const target = await source.create();
    try {
      const refused = await failure(syt(target.url, 'restore', newer));
      expect(refused).toMatchObject({ code: 1 });
      expect(refused.stderr).toContain('phiên bản SYT mới hơn (cấu trúc 9999_future)');
      expect(await tableChecksums(target.db)).toEqual({});
    } finally {
      await target.drop();
    }
  }, 120_000);

  it('does not overwrite an existing file unless told to', async () => {
    const refused = await failure(syt(database.url, 'backup', '-o', file));
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr).toContain('--force');
    expect(headerOf(file)).toEqual(header);
  }, 120_000);
});
