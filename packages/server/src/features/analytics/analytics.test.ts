import type { AnalyticsQuery, AnalyticsTable } from '@syt/core/api/analytics.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, type TestClient } from '../../test/harness.ts';
import { aggregateValue, startAnalyticsTest, type AnalyticsTest } from './analytics.fixture.ts';

const MONTHS_2024 = Array.from({ length: 12 }, (_, i) => `2024${String(i + 1).padStart(2, '0')}`);
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025${String(i + 1).padStart(2, '0')}`);

describe.each(DIALECTS)('the analytics query on $name', (dialect) => {
  let a: AnalyticsTest;
  beforeAll(async () => {
    a = await startAnalyticsTest(dialect);
  }, 180_000);
  afterAll(() => a.t.close());

  const post = (client: TestClient, query: AnalyticsQuery) => client.request('POST', '/api/analytics', query);
  const table = async (client: TestClient, query: AnalyticsQuery): Promise<AnalyticsTable> => {
    const res = await post(client, query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const cellMap = (t: AnalyticsTable) => new Map(t.cells.map((c) => [`${c.dx}|${c.ou}|${c.pe}`, c.value]));

  /** Every cell of the table's grid equals `/api/aggregate` for the same item, unit and period; missing ⇔ null. */
  async function expectAggregateEverywhere(client: TestClient, t: AnalyticsTable) {
    const cells = cellMap(t);
    const mismatches: string[] = [];
    for (const dx of t.items.dx) {
      for (const ou of t.items.ou) {
        for (const pe of t.items.pe) {
          const expected = await aggregateValue(client, dx.code, ou.code, pe.code);
          const got = cells.get(`${dx.code}|${ou.code}|${pe.code}`) ?? null;
          if (got !== expected) mismatches.push(`${dx.code} ${ou.code} ${pe.code}: ${got} ≠ ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }

  it('answers a pivot of elements, an option and an indicator by district × month, quarter and year as /api/aggregate does', async () => {
    const t = await table(a.staff, {
      dx: ['SXHD_CASES', 'LAO_CASES.AFB_POS', 'HIV_REG_TOTAL', 'HIV_REG_LIVING', 'KCB_BED_OCCUPANCY'],
      ou: ['62', 'LEVEL-2'],
      pe: [...MONTHS_2024, '2024Q1', '2024'],
    });
    expect(t.items.ou.map((o) => o.code)).toEqual(['62', '608', '615', '612', '611', '610', '617', '614', '613', '616', '618', 'KT_CDC', 'KT_CCDS', 'KT_CCATTP']);
    expect(t.items.ou[2]).toEqual({ code: '615', name: 'Đăk Hà', level: 2, ancestors: ['62'], history: [] });
    expect(t.items.pe.map((p) => p.name).slice(-2)).toEqual(['Quý I/2024', 'Năm 2024']);
    expect(t.items.dx.map((d) => [d.kind, d.additive])).toEqual([
      ['element', { ou: true, pe: true }], ['option', { ou: true, pe: true }], ['element', { ou: true, pe: false }],
      ['indicator', { ou: false, pe: false }], ['indicator', { ou: false, pe: false }],
    ]);
    expect(t.ouDisjoint).toBe(false);
    expect(t.cells.length).toBeGreaterThan(100);
    await expectAggregateEverywhere(a.staff, t);
  }, 120_000);

  it('runs Quảng Ngãi’s series unbroken through 07/2025, its months before reading Kon Tum’s', async () => {
    const t = await table(a.quangNgai, { dx: ['SXHD_CASES', 'HIV_REG_TOTAL', 'HIV_REG_LIVING'], ou: ['USER_ORGUNIT'], pe: [...MONTHS_2024, ...MONTHS_2025, '2024', '2025'] });
    expect(t.items.ou).toEqual([{ code: '51', name: 'Tỉnh Quảng Ngãi', level: 1, ancestors: [], history: expect.arrayContaining(['62', '615']) }]);
    const cells = cellMap(t);
    expect(cells.get('SXHD_CASES|51|202401')).toBe(await aggregateValue(a.staff, 'SXHD_CASES', '62', '202401'));
    expect(cells.get('SXHD_CASES|51|202401')).toBeGreaterThan(0);
    expect(cells.get('SXHD_CASES|51|202507')).toBe(40);
    expect(cells.has('SXHD_CASES|51|202510')).toBe(false);
    await expectAggregateEverywhere(a.quangNgai, t);
  }, 120_000);

  it('leaves a cell with no stored value out, and keeps a stored zero', async () => {
    const t = await table(a.dakHa, { dx: ['SXHD_CASES'], ou: ['615'], pe: ['2022', '2024W01', '2024W02', '2024W03'] }).catch(() => null);
    expect(t).toBeNull(); // weeks beside a year are refused
    const weeks = await table(a.dakHa, { dx: ['SXHD_CASES'], ou: ['615'], pe: ['2024W01', '2024W02', '2024W03'] });
    expect(weeks.cells).toEqual([
      { dx: 'SXHD_CASES', ou: '615', pe: '2024W01', value: 2 },
      { dx: 'SXHD_CASES', ou: '615', pe: '2024W02', value: 0 },
    ]);
    const old = await table(a.dakHa, { dx: ['SXHD_CASES', 'HIV_REG_LIVING'], ou: ['615'], pe: ['2021', '202101'] });
    expect(old.cells).toEqual([]);
  });

  it('answers weekly periods and weekly relative periods as /api/aggregate does', async () => {
    const t = await table(a.staff, { dx: ['SXHD_CASES'], ou: ['62', 'CHILDREN-62'], pe: ['2024W01', '2024W02', 'LAST_4_WEEKS'] });
    // 10/09/2025 is in 2025W37: the last finished week is 2025W36.
    expect(t.items.pe.map((p) => p.code)).toEqual(['2024W01', '2024W02', '2025W33', '2025W34', '2025W35', '2025W36']);
    expect(cellMap(t).get('SXHD_CASES|62|2024W02')).toBe(4);
    await expectAggregateEverywhere(a.staff, t);
  }, 60_000);

  it('resolves relative periods from the server’s clock, or from the query’s reference date', async () => {
    const t = await table(a.staff, { dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT'], pe: ['THIS_MONTH', 'LAST_3_MONTHS', 'THIS_YEAR'] });
    expect(t.items.pe.map((p) => p.code)).toEqual(['202508', '202506', '202507', '2025']);
    expect(t.query.pe).toEqual(['THIS_MONTH', 'LAST_3_MONTHS', 'THIS_YEAR']);
    const ref = await table(a.staff, { dx: ['SXHD_CASES'], ou: ['62'], pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'], referenceDate: '2024-01-03' });
    expect(ref.items.pe.map((p) => p.code)).toEqual(['202312', '202212']);
  });

  it('gives a yearly period the target in force and its achievement as the targets page judges it', async () => {
    const setTarget = async (orgUnit: string, value: number, number: string) => {
      const res = await a.staff.request('POST', '/api/targets', {
        year: 2024, orgUnit, item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value, decision: { number, date: '2024-01-10' },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    // The suite's values were stored without forms: count every stored value, as with drafts counted.
    const admin = await signedIn(a.t, 'quantri', 'admin', '62');
    const counted = await admin.request('PUT', '/api/reports/counted-states', { states: ['draft', 'submitted', 'approved'] });
    expect(counted.statusCode, counted.body).toBe(200);
    await setTarget('62', 500, '1/QĐ-SYT');
    await setTarget('615', 80, '2/QĐ-SYT');
    await setTarget('615', 90, '3/QĐ-SYT');
    const t = await table(a.staff, { dx: ['TARGET.SXHD_CASES', 'ACHIEVEMENT.SXHD_CASES'], ou: ['62', '615', '612'], pe: ['2024', '202401'] });
    expect(t.items.dx.map((d) => [d.kind, d.additive.ou])).toEqual([['target', false], ['achievement', false]]);
    const listed = (await a.staff.request('GET', '/api/targets?org=62&year=2024')).json().targets as { orgUnit: { code: string }; achievement: { percent: number | null } }[];
    const percent = (unit: string) => listed.find((x) => x.orgUnit.code === unit)!.achievement.percent;
    const achievement = (unit: string) => (percent(unit) === null ? [] : [{ dx: 'ACHIEVEMENT.SXHD_CASES', ou: unit, pe: '2024', value: percent(unit) }]);
    expect(t.cells).toEqual([
      { dx: 'TARGET.SXHD_CASES', ou: '62', pe: '2024', value: 500 },
      { dx: 'TARGET.SXHD_CASES', ou: '615', pe: '2024', value: 90 },
      ...achievement('62'),
      ...achievement('615'),
    ]);
    expect(percent('62')).not.toBeNull();
  });

  it('answers GET with ;-separated lists as it answers POST', async () => {
    const query = { dx: ['SXHD_CASES', 'LAO_CASES.AFB_POS'], ou: ['62', 'LEVEL-2'], pe: ['202401', '202402', '2024Q1'] };
    const res = await a.staff.request('GET', `/api/analytics?${new URLSearchParams({ dx: query.dx.join(';'), ou: query.ou.join(';'), pe: query.pe.join(';') })}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(await table(a.staff, query));
  });

  it('refuses an org unit outside the caller’s scope with 403 and no figures', async () => {
    for (const [client, ou] of [[a.dakHa, ['615', '612']], [a.dakHa, ['62']], [a.dakHa, ['CHILDREN-62']], [a.quangNgai, ['62']], [a.staff, ['51']]] as const) {
      const res = await post(client, { dx: ['SXHD_CASES'], ou: [...ou], pe: ['202401'] });
      expect(res.statusCode, `${ou}`).toBe(403);
      expect(res.json().cells).toBeUndefined();
    }
    const own = await table(a.dakHa, { dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT', 'LEVEL-2'], pe: ['202401'] });
    expect(own.items.ou.map((o) => o.code)).toEqual(['615']);
  });

  it.each([
    [{ dx: ['KHONG_CO'], ou: ['62'], pe: ['202401'] }, 'dx'],
    [{ dx: ['LAO_CASES.KHONG_CO'], ou: ['62'], pe: ['202401'] }, 'dx'],
    [{ dx: ['TARGET.KHONG_CO'], ou: ['62'], pe: ['2024'] }, 'dx'],
    [{ dx: [], ou: ['62'], pe: ['202401'] }, 'dx'],
    [{ dx: ['SXHD_CASES'], ou: ['KHONG_CO'], pe: ['202401'] }, 'ou'],
    [{ dx: ['SXHD_CASES'], ou: ['LEVEL-X'], pe: ['202401'] }, 'ou'],
    [{ dx: ['SXHD_CASES'], ou: ['62'], pe: ['202413'] }, 'pe'],
    [{ dx: ['SXHD_CASES'], ou: ['62'], pe: ['LAST_99_MONTHS'] }, 'pe'],
    [{ dx: ['SXHD_CASES'], ou: ['62'], pe: ['2024W01', '202401'] }, 'pe'],
    [{ dx: ['SXHD_CASES'], ou: ['62'], pe: Array.from({ length: 121 }, (_, i) => String(1900 + i)) }, 'pe'],
  ])('answers 400 naming the field for %j', async (query, field) => {
    const res = await post(a.staff, query as AnalyticsQuery);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field.split('.')[0])).toContain(field);
    expect(res.json().error.message).not.toBe('');
  });

  it('answers 401 without a session', async () => {
    const { TestClient } = await import('../../test/harness.ts');
    const anonymous = await new TestClient(a.t.app).init();
    expect((await anonymous.request('GET', '/api/analytics?dx=SXHD_CASES&ou=62&pe=202401')).statusCode).toBe(401);
  });
});
