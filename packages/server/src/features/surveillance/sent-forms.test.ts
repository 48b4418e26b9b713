import { parsePeriod, shiftPeriod } from '@syt/core/period/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeSubmissions } from '../install/demo.service.ts';
import { storeValues } from './surveillance.fixture.ts';

/** Weeks `first`..`first + n - 1` as codes. */
const weeks = (first: string, n: number) => Array.from({ length: n }, (_, i) => shiftPeriod(parsePeriod(first), i).code);

/**
 * A weekly form leaves a disease without cases empty. A week whose form was sent therefore says "no case", and a
 * week with no form says nothing: measles' first case stands out only against weeks that were reported.
 */
describe.each(DIALECTS)('weeks reported without a case on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;

  // 09:00 on Tuesday 5 March 2024 in Vietnam: week 2024W10.
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
    staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    await t.database.db.updateTable('disease').set({ threshold_method: 'EARS_C2' }).where('code', '=', 'SOI').execute();
    const at = t.clock.now().toISOString();
    // Đăk Hà sent its weekly form every week of 2024 so far; Thành phố Kon Tum only this week's.
    await storeSubmissions(t.database.db, [
      ...weeks('2024W01', 10).map((period) => ({ dataSet: 'BTN_TUAN', orgUnit: '615', period, status: 'SUBMITTED' as const, submittedAt: at, approvedAt: null })),
      { dataSet: 'BTN_TUAN', orgUnit: '608', period: '2024W10', status: 'SUBMITTED' as const, submittedAt: at, approvedAt: null },
    ]);
    await storeValues(t.database.db, ['615', '608'].map((orgUnit) => ({
      dataElement: 'SOI_CASES', categoryOptionCombo: 'default', orgUnit, period: '2024W10', value: '1',
    })), at);
  });
  afterAll(() => t.close());

  it('raises an alert for a first case after weeks reported without one, and none where the weeks are missing', async () => {
    await runSchedulerTick({ db: t.database.db, clock: t.clock, config: t.config });
    const alerts = (await staff.request('GET', '/api/surveillance/alerts?disease=SOI')).json();
    const at615 = alerts.items.filter((a: { orgUnit: { code: string } }) => a.orgUnit.code === '615');
    expect(at615).toHaveLength(1);
    expect(at615[0]).toMatchObject({ period: '2024W10', observed: 1, expected: 0, upper: 0 });
    expect(alerts.items.filter((a: { orgUnit: { code: string } }) => a.orgUnit.code === '608')).toEqual([]);
  });

  it('draws the reported weeks as zero and the weeks never reported as missing', async () => {
    const view = (await staff.request('GET', '/api/surveillance/overview?disease=SOI&unit=615&week=2024W10')).json();
    const observed = new Map(view.weeks.map((w: { period: string; observed: number | null }) => [w.period, w.observed]));
    expect(observed.get('2024W01')).toBe(0);
    expect(observed.get('2024W09')).toBe(0);
    expect(observed.get('2024W10')).toBe(1);
    expect(observed.get('2023W52')).toBeNull();
  });
});
