import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { noticesOf, storeValues, weeklyCounts } from './surveillance.fixture.ts';

/**
 * Surveillance in today's Vietnam: since 01/07/2025 Kon Tum's districts are gone and Quảng Ngãi (`51`) reports for
 * itself. Its weeks before the merger are those of the units it succeeded, so a threshold judged three weeks after
 * the merger still has a baseline, and the alert reaches Quảng Ngãi's staff, not Kon Tum's.
 */
describe.each(DIALECTS)('surveillance after the 2025 merger on $name', (dialect) => {
  let t: TestApp;
  let quangNgai: TestClient;
  let konTum: TestClient;
  const tick = () => runSchedulerTick({ db: t.database.db, clock: t.clock, config: t.config });

  // 09:00 on Tuesday 29 July 2025 in Vietnam: week 2025W31, the fifth week of Quảng Ngãi's enlarged province.
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2025-07-29T02:00:00Z'));
    quangNgai = await signedIn(t, 'qn.chuyenvien', 'staff', '51');
    konTum = await signedIn(t, 'chuyenvien', 'staff', '62');
    // Measles judged by EARS C2: a baseline of seven weeks ending two weeks before the one judged.
    await t.database.db.updateTable('disease').set({ threshold_method: 'EARS_C2' }).where('code', '=', 'SOI').execute();
    await storeValues(t.database.db, [
      // Đăk Hà and Thành phố Kon Tum until their last week, 2025W26 (23–29/06/2025).
      ...weeklyCounts('SOI_CASES', '615', '2025W26', 12, null),
      ...weeklyCounts('SOI_CASES', '608', '2025W26', 12, null),
      // Quảng Ngãi from its first whole week, 2025W28, with a spike in 2025W31.
      ...weeklyCounts('SOI_CASES', '51', '2025W31', 4, 30),
    ], t.clock.now().toISOString());
  });
  afterAll(() => t.close());

  it('judges the week against the districts\' weeks before the merger and tells Quảng Ngãi\'s staff', async () => {
    expect((await tick()).alertsCreated).toBe(1);
    const alerts = (await quangNgai.request('GET', '/api/surveillance/alerts?disease=SOI')).json();
    expect(alerts.items).toHaveLength(1);
    expect(alerts.items[0]).toMatchObject({ orgUnit: { code: '51' }, period: '2025W31', observed: 30, method: 'EARS_C2' });
    expect(alerts.items[0].upper).toBeLessThan(30);
    expect(await noticesOf(t.database.db, 'qn.chuyenvien', 'ALERT_THRESHOLD')).toHaveLength(1);
    expect(await noticesOf(t.database.db, 'chuyenvien', 'ALERT_THRESHOLD')).toEqual([]);
    expect((await konTum.request('GET', '/api/surveillance/alerts?disease=SOI')).json().items).toEqual([]);
  });

  it('draws Quảng Ngãi\'s 52 weeks through the merger: the districts\' weeks summed, the gap week missing, not zero', async () => {
    const res = await quangNgai.request('GET', '/api/surveillance/overview?disease=SOI&week=2025W31');
    expect(res.statusCode, res.body).toBe(200);
    const weeks: { period: string; observed: number | null }[] = res.json().weeks;
    const observed = (period: string) => weeks.find((w) => w.period === period)?.observed;
    // weeklyCounts alternates 1 and 2 ending on the last week: 2025W26 is 1 + (11 % 2) = 2 at each district.
    expect(observed('2025W26')).toBe(4);
    expect(observed('2025W25')).toBe(2);
    expect(observed('2025W27')).toBeNull();
    expect(observed('2025W31')).toBe(30);
    expect(observed('2025W14')).toBeNull();
  });
});
