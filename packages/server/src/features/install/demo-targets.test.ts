import type { TargetRevision, TargetView } from '@syt/core/api/targets.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { loadDemo } from './demo.service.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The achievement the figures give, worked out here from the target and the actual alone. */
function expected(t: TargetView, actual: number | null) {
  if (actual === null) return { percent: null, status: null };
  const [achieved, asked] = t.direction === 'REDUCE_BY' ? [t.baseline! - actual, t.value] : [actual, t.value];
  const percent = round1((achieved / asked) * 100);
  if (t.direction === 'AT_MOST') return { percent, status: actual < asked ? 'EXCEEDED' : actual === asked ? 'MET' : 'NOT_MET' };
  return { percent, status: achieved > asked ? 'EXCEEDED' : achieved === asked ? 'MET' : 'NOT_MET' };
}

/** Server clock 05/03/2024, as the target suites run: the 2024 decision (December 2023) is in, 2025's not yet. */
describe.each(DIALECTS)('the demo plan targets on $name', (dialect) => {
  let t: TestApp;
  let viewer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
    await loadDemo({ db: t.database.db, clock: t.clock });
    viewer = await signedIn(t, 'xemchitieu', 'viewer', '62');
  }, 180_000);
  afterAll(() => t.close());

  const list = async (org: string, year: number) => {
    const res = await viewer.request('GET', `/api/targets?org=${org}&year=${year}`);
    expect(res.statusCode).toBe(200);
    return res.json().targets as TargetView[];
  };
  const aggregate = async (item: string, orgUnit: string, year: number) => {
    const res = await viewer.request('GET', `/api/aggregate?item=${item}&orgUnit=${orgUnit}&from=${year}01&to=${year}12`);
    expect(res.statusCode).toBe(200);
    return res.json().value as number | null;
  };

  it('lists the province’s 2023 targets, each achieved as its actual ÷ its target in its direction', async () => {
    const targets = await list('62', 2023);
    const province = targets.filter((x) => x.orgUnit.code === '62');
    expect(province.map((x) => x.item.code).sort()).toEqual([
      'BHYT_COVERAGE', 'DD_U5_STUNTING_RATE', 'HIV_ARV', 'KCB_BEDS_PER_10K', 'LAO_CASES', 'NL_DOCTORS_PER_10K',
      'SOTRET_INCIDENCE_PER_1000', 'TCMR_FULL_COVERAGE', 'YTX_CRITERIA_RATE',
    ]);
    expect(new Set(targets.map((x) => x.decision.date))).toEqual(new Set([targets[0]!.decision.date]));
    expect(targets[0]!.decision.date).toMatch(/^2022-12-/);
    expect(targets[0]!.decision.number).toMatch(/^\d+\/QĐ-UBND$/);
    for (const target of targets) {
      const actual = await aggregate(target.item.code, target.orgUnit.code, 2023);
      expect(target.achievement, `${target.orgUnit.code} ${target.item.code}`).toMatchObject({ from: '202301', to: '202312', actual, ...expected(target, actual) });
    }
    // Some met, some missed; 2023 has no routine immunisation figures, which says nothing rather than 0%.
    const statuses = province.map((x) => x.achievement.status);
    expect(statuses).toContain('EXCEEDED');
    expect(statuses).toContain('NOT_MET');
    expect(province.find((x) => x.item.code === 'TCMR_FULL_COVERAGE')!.achievement).toMatchObject({ actual: null, percent: null, status: null });
    const districtStatuses = targets.filter((x) => x.orgUnit.code !== '62').map((x) => x.achievement.status);
    expect(districtStatuses).toContain('EXCEEDED');
    expect(districtStatuses).toContain('NOT_MET');
    // Districts with targets of their own are listed under the province, each judged on its own figures.
    expect(new Set(targets.map((x) => x.orgUnit.code))).toEqual(new Set(['62', '608', '615', '611']));
  });

  it('keeps the 2021 adjustment as a second revision, the first decision in its history', async () => {
    const tcmr = (await list('62', 2021)).find((x) => x.orgUnit.code === '62' && x.item.code === 'TCMR_FULL_COVERAGE')!;
    expect(tcmr).toMatchObject({ revision: 2, value: 90, decision: { number: '1187/QĐ-UBND', date: '2021-07-16' } });
    const history = (await viewer.request('GET', `/api/targets/${tcmr.id}/history`)).json().revisions as TargetRevision[];
    expect(history.map((r) => [r.revision, r.value])).toEqual([[2, 90], [1, 95]]);
    expect(tcmr.achievement.status).toBe(tcmr.achievement.actual! > 90 ? 'EXCEEDED' : 'NOT_MET');
  });

  it('sets targets for every year from 2019 to the clock’s, and nothing decided after the clock', async () => {
    for (let year = 2019; year <= 2024; year++) expect((await list('62', year)).length, String(year)).toBeGreaterThan(9);
    expect(await list('62', 2025)).toEqual([]);
    const rows = await t.database.db.selectFrom('plan_target').select(['decision_date', 'set_at']).execute();
    const now = t.clock.now().toISOString();
    expect(rows.filter((r) => r.decision_date > now.slice(0, 10) || new Date(r.set_at).toISOString() > now)).toEqual([]);
  });
});
