import type { TargetView } from '@syt/core/api/targets.ts';
import { formatCount, formatPercent } from '@syt/core/vi/number.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { loadDemo } from '../install/demo.service.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The demo's November 2023 report for the province cites the year's plan targets once the unit's settings ask for
 * it, each share worked out from `GET /api/targets`; by default it cites none, as seed 001 does.
 */
describe.each(DIALECTS)('the monthly report citing plan targets on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let reporter: TestClient;
  // 09:00 on 3 January 2024 in Vietnam: November is in, December's forms are not, so the year runs to 30/11/2023.
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-03T02:00:00Z'));
    await loadDemo({ db: t.database.db, clock: t.clock });
    staff = await signedIn(t, 'chuyenvienkh', 'staff', '62');
    reporter = await signedIn(t, 'baocaokh', 'reporter', '62');
  }, 180_000);
  afterAll(() => t.close());

  const report = async () => {
    const res = await staff.request('GET', '/api/reports/monthly?org=62&period=202311&format=text');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.body;
  };
  const target = async (item: string) => {
    const targets = (await staff.request('GET', '/api/targets?org=62&year=2023')).json().targets as TargetView[];
    return targets.find((x) => x.orgUnit.code === '62' && x.item.code === item)!;
  };
  const share = (view: TargetView) => `đạt ${formatPercent(round1((view.achievement.actual! / view.value) * 100))} kế hoạch năm`;

  it('cites no target by default: the demo’s November 2023 reads as seed 001', async () => {
    expect((await staff.request('GET', '/api/reports/settings?org=62')).json()).toMatchObject({ citeTargets: false });
    expect(await report()).not.toContain('kế hoạch năm');
  });

  it('cites the share of the plan beside the tuberculosis cases and the patients on ARV once set', async () => {
    await staff.request('PUT', '/api/reports/settings?org=62', { signerName: 'Trần Văn B' });
    const put = await staff.request('PUT', '/api/reports/settings?org=62', { citeTargets: true });
    expect(put.statusCode, put.body).toBe(200);
    // One switch changed keeps the header set before.
    expect(put.json()).toMatchObject({ citeTargets: true, signerName: 'Trần Văn B' });
    const text = await report();
    const tb = await target('LAO_CASES');
    expect(tb.achievement).toMatchObject({ from: '202301', to: '202311' });
    expect(text).toMatch(new RegExp(`Lũy tích từ 01/01/2023 đến 30/11/2023, [^.]*ghi nhận ${formatCount(tb.achievement.actual!)} ca mắc[^;]*, ${share(tb)}; trong đó`));
    const arv = await target('HIV_ARV');
    expect(text).toContain(`điều trị ARV đến 30/11/2023: ${formatCount(arv.achievement.actual!)} bệnh nhân`);
    expect(text).toContain(`, ${share(arv)}.`);
    // Malaria's incidence is a ceiling: nothing said of it.
    expect(text.match(/kế hoạch năm/g)).toHaveLength(2);
  });

  it('follows a target adjusted by a later decision at once', async () => {
    const tb = await target('LAO_CASES');
    const adjusted = { year: 2023, orgUnit: '62', item: 'LAO_CASES', measure: 'ca', direction: 'AT_LEAST', value: 600, decision: { number: '2001/QĐ-UBND', date: '2023-12-20' } };
    const res = await staff.request('POST', '/api/targets', adjusted);
    expect(res.statusCode, res.body).toBe(201);
    const after = await target('LAO_CASES');
    expect(after.value).toBe(600);
    expect(after.achievement.actual).toBe(tb.achievement.actual);
    const text = await report();
    expect(text).toContain(`, ${share(after)}; trong đó`);
    expect(text).not.toContain(`, ${share(tb)}; trong đó`);
  });

  it('leaves the setting to the department: a reporter may not change it', async () => {
    const res = await reporter.request('PUT', '/api/reports/settings?org=62', { citeTargets: false });
    expect(res.statusCode).toBe(403);
    expect((await staff.request('GET', '/api/reports/settings?org=62')).json().citeTargets).toBe(true);
  });
});
