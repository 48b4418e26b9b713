import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('saving one cell from several places at once on $name', (dialect) => {
  let t: TestApp;
  let an: TestClient;
  let binh: TestClient;
  const cell = { dataElement: 'SXHD_CASES', orgUnit: '615', period: '202311' };
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-03T03:00:00Z'));
    an = await signedIn(t, 'an', 'reporter', '615');
    binh = await signedIn(t, 'binh', 'reporter', '615');
    await t.database.db.updateTable('app_user').set({ display_name: 'Nguyễn Văn Bình' }).where('username', '=', 'binh').execute();
  });
  afterAll(() => t.close());

  const put = (client: TestClient, body: object) => client.request('PUT', '/api/data-values', { ...cell, ...body });
  const stored = () =>
    t.database.db.selectFrom('data_value').select(['value', 'stored_by']).where('period', '=', cell.period).executeTakeFirst();
  const auditRows = () =>
    t.database.db.selectFrom('data_value_audit').select(['action', 'old_value', 'new_value', 'changed_by']).orderBy('id').execute();

  it('never fails when two people fill the same empty cell at once: one wins, the other is told', async () => {
    for (let round = 0; round < 30; round++) {
      const [a, b] = await Promise.all([put(an, { value: '3', expected: null }), put(binh, { value: '4', expected: null })]);
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses, `round ${round}: ${a.body} ${b.body}`).toEqual([200, 409]);
      const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
      const won = winner.json().dataValue.value;
      expect(loser.json().error).toMatchObject({ code: 'VALUE_CHANGED', current: { value: won } });
      expect((await stored())?.value).toBe(won);
      expect((await put(an, { value: '' })).statusCode).toBe(200);
    }
    const rows = await auditRows();
    expect(rows).toHaveLength(60);
    expect(rows.filter((r) => r.action === 'CREATE')).toHaveLength(30);
    await t.database.db.deleteFrom('data_value_audit').execute();
  });

  it('keeps the audit trail a chain when 48 updates of one cell race', async () => {
    expect((await put(an, { value: '0' })).statusCode).toBe(200);
    const results = await Promise.all(
      Array.from({ length: 48 }, (_, i) => put(i % 2 ? an : binh, { value: String(i + 1) })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(48).fill(200));
    const rows = await auditRows();
    expect(rows).toHaveLength(49);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.old_value, `audit row ${i}`).toBe(rows[i - 1]!.new_value);
    expect(rows.at(-1)!.new_value).toBe((await stored())!.value);
    await put(an, { value: '' });
    await t.database.db.deleteFrom('data_value_audit').execute();
  });

  it('refuses a save made on a stale view with the current value and who saved it, changing nothing', async () => {
    expect((await put(binh, { value: '7', expected: null })).statusCode).toBe(200);
    const stale = await put(an, { value: '5', expected: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'VALUE_CHANGED',
      current: { value: '7', savedBy: 'binh', savedByName: 'Nguyễn Văn Bình', savedAt: '2023-12-03T03:00:00.000Z' },
    });
    expect(stale.json().error.message).toContain('Nguyễn Văn Bình');
    expect(await stored()).toEqual({ value: '7', stored_by: 'binh' });
    expect(await auditRows()).toHaveLength(1);
    const kept = await put(an, { value: '5', expected: '7' });
    expect(kept.statusCode).toBe(200);
    expect(await stored()).toEqual({ value: '5', stored_by: 'an' });
  });

  it('tells who emptied a cell the client still shows filled', async () => {
    expect((await put(binh, { value: '', expected: '5' })).statusCode).toBe(200);
    const stale = await put(an, { value: '6', expected: '5' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ value: null, savedBy: 'binh' });
    expect(await stored()).toBeUndefined();
  });
});
