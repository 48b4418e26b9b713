import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeValues, weeklyCounts } from './surveillance.fixture.ts';

const config = loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' });

describe.each(DIALECTS)('the surveillance overview on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let dakha: TestClient;
  const overview = async (client: TestClient, query: string) => client.request('GET', `/api/surveillance/overview?${query}`);

  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
    staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    dakha = await signedIn(t, 'dakha', 'reporter', '615');
    const now = t.clock.now().toISOString();
    // Measles (EARS C2): a spike at Đăk Hà in week 10; influenza (endemic channel) over six years at Thành phố Kon Tum.
    await storeValues(t.database.db, [
      ...weeklyCounts('SOI_CASES', '615', '2024W10', 30, 25),
      ...weeklyCounts('SOI_CASES', '608', '2024W10', 30, null),
      ...weeklyCounts('CUM_CASES', '608', '2024W10', 6 * 52 + 10, null),
    ], now);
    await runSchedulerTick({ db: t.database.db, clock: t.clock, config });
  });
  afterAll(() => t.close());

  it('draws 52 weeks of the province with each week\'s threshold, and lists the districts with their alert state', async () => {
    const res = await overview(staff, 'disease=SOI&week=2024W10');
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ unit: { code: '62' }, method: 'EARS_C2', disease: { code: 'SOI', maxIncubationDays: 21 } });
    expect(view.weeks).toHaveLength(52);
    expect(view.weeks[0].period).toBe('2023W11');
    const last = view.weeks.at(-1);
    expect(last).toMatchObject({ period: '2024W10', observed: 27, alarm: true, channel: null });
    expect(last.upper).toBeLessThan(27);
    // Weeks before the data began are missing, not zero, and have no threshold.
    expect(view.weeks[0]).toMatchObject({ observed: null, upper: null, alarm: false });
    expect(view.units).toHaveLength(10);
    expect(view.units.find((u: { unit: { code: string } }) => u.unit.code === '615')).toMatchObject({ state: 'NEW', openAlerts: 1, lastWeekCases: 25 });
    expect(view.units.find((u: { unit: { code: string } }) => u.unit.code === '608')).toMatchObject({ state: 'NONE', lastWeekCases: 2 });
  });

  it('gives the endemic channel\'s lines for a disease with years of history', async () => {
    const view = (await overview(staff, 'disease=CUM&unit=608&week=2024W10')).json();
    expect(view.method).toBe('ENDEMIC_CHANNEL');
    const last = view.weeks.at(-1);
    expect(last.channel).toEqual({ low: expect.any(Number), median: expect.any(Number), high: last.upper });
    expect(view.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['608']);
  });

  it('keeps a district to its own area', async () => {
    const own = (await overview(dakha, 'disease=SOI&week=2024W10')).json();
    expect(own.unit.code).toBe('615');
    expect(own.weeks.at(-1).observed).toBe(25);
    expect((await overview(dakha, 'disease=SOI&unit=608')).statusCode).toBe(403);
    const bad = await overview(staff, 'disease=SOI&week=2024W99');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('week');
  });
});
