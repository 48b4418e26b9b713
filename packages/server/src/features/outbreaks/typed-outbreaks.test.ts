import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { storeValues } from '../surveillance/surveillance.fixture.ts';
import { syncTypedOutbreakCounts } from './typed-outbreaks.repository.ts';

const typed = (orgUnit: string, period: string, value: string) => ({ dataElement: 'SXHD_OUTBREAKS', categoryOptionCombo: 'default', orgUnit, period, value });

describe.each(DIALECTS)('outbreaks typed as monthly counts on $name', (dialect) => {
  let t: TestApp;
  const history = async () =>
    (await t.database.db
      .selectFrom('outbreak as b')
      .innerJoin('org_unit as o', 'o.id', 'b.org_unit_id')
      .select(['o.code', 'b.start_date', 'b.status', 'b.closed_on'])
      .where('b.source', '=', 'HISTORY')
      .orderBy('o.code')
      .orderBy('b.start_date')
      .execute()).map((r) => `${r.code} ${r.start_date} ${r.status} ${r.closed_on}`);
  const reportInputsVersion = async () =>
    Number((await sql<{ version: number }>`select version from change_counter where name = 'report-inputs'`.execute(t.database.db)).rows[0]!.version);

  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
  });
  afterAll(() => t.close());

  it('become HISTORY records, closure unknown, when an installation that stored them upgrades', async () => {
    // Stored with today's writer, then taken back to 0025: the values stay, as an installation of then held them.
    await storeValues(t.database.db, [typed('615', '202311', '3'), typed('608', '202311', '1'), typed('615', '202310', '0')], t.clock.now().toISOString());
    await migrateTo(t.database.db, '0025_surveillance');
    await migrateToLatest(t.database.db);
    expect(await history()).toEqual([
      '608 2023-11-01 CLOSED null',
      '615 2023-11-01 CLOSED null',
      '615 2023-11-01 CLOSED null',
      '615 2023-11-01 CLOSED null',
    ]);
  });

  it('move the report-inputs counter when they change, so no cached report keeps the old count', async () => {
    const before = await reportInputsVersion();
    await t.database.db.updateTable('outbreak').set({ place: 'Đăk Hà' }).where('source', '=', 'HISTORY').execute();
    expect(await reportInputsVersion()).toBeGreaterThan(before);
  });

  it('follow the typed count when a unit corrects it, and changes nothing when run again', async () => {
    const now = t.clock.now().toISOString();
    await t.database.db.updateTable('data_value').set({ value: '1', updated_at: now }).where('value', '=', '3').execute();
    await storeValues(t.database.db, [typed('615', '202312', '2')], now);
    expect(await syncTypedOutbreakCounts(t.database.db, now)).toEqual({ added: 2, removed: 2 });
    expect(await history()).toEqual([
      '608 2023-11-01 CLOSED null',
      '615 2023-11-01 CLOSED null',
      '615 2023-12-01 CLOSED null',
      '615 2023-12-01 CLOSED null',
    ]);
    expect(await syncTypedOutbreakCounts(t.database.db, now)).toEqual({ added: 0, removed: 0 });
  });
});
