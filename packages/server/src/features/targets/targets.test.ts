import type { TargetRevision, TargetView } from '@syt/core/api/targets.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, type TestClient } from '../../test/harness.ts';
import { startReportTest, type ReportTest } from '../reports/reports.fixture.ts';

/** Server clock 05/03/2024; the demo's values run from January 2022 to November 2023 (December 2023 not reported). */
describe.each(DIALECTS)('plan targets on $name', (dialect) => {
  let rt: ReportTest;
  let districtStaff: TestClient;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    districtStaff = await signedIn(rt.t, 'dakhastaff', 'staff', '615');
  }, 120_000);
  afterAll(() => rt.t.close());

  const decision = (number: string, date = '2023-01-10') => ({ number, date });
  const set = (client: TestClient, body: object) => client.request('POST', '/api/targets', body);
  const visits = { year: 2023, orgUnit: '62', item: 'KCB_VISITS', measure: 'lượt', direction: 'AT_LEAST', value: 500_000, decision: decision('12/QĐ-SYT') };
  const dengue = { year: 2023, orgUnit: '615', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 40, decision: decision('12/QĐ-SYT') };
  const aggregate = async (item: string, orgUnit: string, from: string, to: string) =>
    (await rt.users.viewer.request('GET', `/api/aggregate?item=${item}&orgUnit=${orgUnit}&from=${from}&to=${to}`)).json().value as number | null;
  const list = async (org = '62', year = 2023) => {
    const res = await rt.users.viewer.request('GET', `/api/targets?org=${org}&year=${year}`);
    expect(res.statusCode).toBe(200);
    return res.json().targets as TargetView[];
  };

  it('records a decision\'s targets and judges each against the figures to date, in its direction', async () => {
    expect((await set(rt.users.staff, visits)).statusCode).toBe(201);
    expect((await set(rt.users.staff, dengue)).statusCode).toBe(201);
    const [province, district] = await list();
    const actualVisits = await aggregate('KCB_VISITS', '62', '202301', '202312');
    expect(actualVisits).toBeGreaterThan(0);
    expect(province).toMatchObject({
      orgUnit: { code: '62' }, item: { code: 'KCB_VISITS' }, revision: 1, decision: { number: '12/QĐ-SYT', date: '2023-01-10' },
      // The figures stop at November: December was not reported, so the year's figure runs to November.
      achievement: { from: '202301', to: '202311', actual: actualVisits, percent: Math.round((actualVisits! / 500_000) * 1000) / 10 },
    });
    expect(province!.achievement.status).toBe(actualVisits! > 500_000 ? 'EXCEEDED' : 'NOT_MET');
    const dengueCases = await aggregate('SXHD_CASES', '615', '202301', '202312');
    expect(district).toMatchObject({ orgUnit: { code: '615' }, achievement: { actual: dengueCases } });
    // At most 40 cases: fewer is better than asked.
    expect(district!.achievement.status).toBe(dengueCases! < 40 ? 'EXCEEDED' : dengueCases === 40 ? 'MET' : 'NOT_MET');
    // December 2023 was not reported: the year's estimate follows 2022's months instead of reading it as zero.
    expect(province!.achievement.estimate!.method).toBe('LAST_YEAR_SHAPE');
    const visits2022 = await aggregate('KCB_VISITS', '62', '202201', '202212');
    const janToNov2022 = await aggregate('KCB_VISITS', '62', '202201', '202211');
    expect(province!.achievement.estimate!.value).toBeCloseTo((actualVisits! * visits2022!) / janToNov2022!, 1);
    // A district's list holds its own targets only.
    expect((await list('615')).map((t) => t.orgUnit.code)).toEqual(['615']);
  });

  it('reads only the forms the reports count: a December still being entered is missing, not part of the year', async () => {
    const dengueActual = async () => (await list('615')).find((t) => t.item.code === 'SXHD_CASES')!.achievement.actual;
    const janToNov = await aggregate('SXHD_CASES', '615', '202301', '202311');
    expect(await dengueActual()).toBe(janToNov);
    const cell = { dataElement: 'SXHD_CASES', orgUnit: '615', period: '202312', value: '7' };
    expect((await rt.users.staff.request('PUT', '/api/data-values', cell)).statusCode).toBe(200);
    // Every stored value counts for the aggregate; the draft does not count for the target.
    expect(await aggregate('SXHD_CASES', '615', '202301', '202312')).toBe(janToNov! + 7);
    expect(await dengueActual()).toBe(janToNov);
    const form = { dataSet: 'BTN_THANG', orgUnit: '615', period: '202312' };
    expect((await rt.users.staff.request('POST', '/api/forms/submit', form)).statusCode).toBe(200);
    expect(await dengueActual()).toBe(janToNov! + 7);
    // Sent, December counts: the year's figures now run to its end.
    expect((await list('615')).find((t) => t.item.code === 'SXHD_CASES')!.achievement.to).toBe('202312');
  });

  it('keeps an approved target: an adjustment needs a new decision, and the earlier one stays as history', async () => {
    const same = await set(rt.users.staff, { ...dengue, value: 60 });
    expect(same.statusCode).toBe(409);
    expect(same.json().error).toMatchObject({ code: 'TARGET_LOCKED', details: [{ field: 'decision.number' }] });
    const adjusted = await set(rt.users.staff, { ...dengue, value: 60, decision: decision('88/QĐ-SYT', '2023-07-01') });
    expect(adjusted.json()).toMatchObject({ value: 60, revision: 2, decision: { number: '88/QĐ-SYT' } });
    const inForce = (await list()).filter((t) => t.item.code === 'SXHD_CASES');
    expect(inForce).toHaveLength(1);
    expect(inForce[0]).toMatchObject({ value: 60, revision: 2 });
    const history = (await rt.users.viewer.request('GET', `/api/targets/${inForce[0]!.id}/history`)).json().revisions as TargetRevision[];
    expect(history.map((r) => [r.revision, r.value, r.decision.number])).toEqual([[2, 60, '88/QĐ-SYT'], [1, 40, '12/QĐ-SYT']]);
  });

  it('refuses, naming the field and storing nothing, what a decision cannot say', async () => {
    const before = await list();
    const noBaseline = await set(rt.users.staff, { ...visits, item: 'HIV_ARV', direction: 'REDUCE_BY', value: 5, decision: decision('1/QĐ') });
    expect(noBaseline.json().error.details).toEqual([{ field: 'baseline', message: expect.stringContaining('mức xuất phát') }]);
    const future = await set(rt.users.staff, { ...visits, item: 'HIV_ARV', decision: decision('2/QĐ', '2024-04-01') });
    expect(future.json().error.details).toEqual([{ field: 'decision.date', message: 'Ngày quyết định không được sau hôm nay (05/03/2024).' }]);
    const unknown = await set(rt.users.staff, { ...visits, item: 'NO_SUCH_ITEM', decision: decision('3/QĐ') });
    expect(unknown.json().error.details).toMatchObject([{ field: 'item' }]);
    const typo = await set(rt.users.staff, { ...visits, vaule: 3, decision: decision('4/QĐ') });
    expect(typo.statusCode).toBe(400);
    expect(await list()).toEqual(before);
  });

  it('lets only a user above a unit give it targets: a district does not set its own', async () => {
    const own = await set(districtStaff, { ...dengue, decision: decision('5/QĐ-TTYT') });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain('do cấp trên giao');
    expect((await set(rt.users.leader, { ...dengue, decision: decision('6/QĐ') })).statusCode).toBe(403);
    expect((await list('615'))[0]).toMatchObject({ revision: 2 });
  });

  it('states nothing for a year whose months have no figures yet', async () => {
    expect((await set(rt.users.staff, { ...visits, year: 2024, decision: decision('1/QĐ-SYT', '2024-01-05') })).statusCode).toBe(201);
    const [target] = await list('62', 2024);
    // On 05/03/2024 January and February have ended; nothing is stored for them.
    expect(target!.achievement).toEqual({ from: '202401', to: '202402', actual: null, percent: null, status: null, estimate: null, estimateStatus: null });
    expect((await set(rt.users.staff, { ...visits, year: 2025, decision: decision('2/QĐ-SYT', '2024-03-01') })).statusCode).toBe(201);
    expect((await list('62', 2025))[0]!.achievement).toMatchObject({ from: null, to: null, actual: null });
  });
});
