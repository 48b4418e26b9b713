import { parsePeriod } from '@syt/core/period/index.ts';
import { writeMonthlyReport } from '@syt/core/report/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import { storeSubmissions } from '../install/demo.service.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { monthlyReportInput } from '../reports/report-input.service.ts';
import { noticesOf, rowCount, storeValues, weeklyCounts } from './surveillance.fixture.ts';

const config = loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' });

describe.each(DIALECTS)('threshold alerts on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let cdc: TestClient;
  let dakha: TestClient;
  let other: TestClient;
  const tick = () => runSchedulerTick({ db: t.database.db, clock: t.clock, config });
  const alertsOf = async (client: TestClient, query = '') => (await client.request('GET', `/api/surveillance/alerts${query}`)).json();

  // 09:00 on Tuesday 5 March 2024 in Vietnam: week 2024W10.
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
    staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    cdc = await signedIn(t, 'ttksbt', 'reporter', 'KT_CDC');
    dakha = await signedIn(t, 'dakha', 'reporter', '615');
    other = await signedIn(t, 'tp.kontum', 'reporter', '608');
    await signedIn(t, 'xem', 'viewer', '62');
    // Dengue judged by EARS C2 here, a method with no years of history to wait for.
    await t.database.db.updateTable('disease').set({ threshold_method: 'EARS_C2' }).where('code', '=', 'SXHD').execute();
    const now = t.clock.now().toISOString();
    await storeValues(t.database.db, [...weeklyCounts('SXHD_CASES', '615', '2024W10', 20, 40), ...weeklyCounts('SXHD_CASES', '608', '2024W10', 20, null)], now);
  });
  afterAll(() => t.close());

  it('detects the spike once per unit within one tick, and tells the staff and the CDC but not another district', async () => {
    const first = await tick();
    expect(first.alertsCreated).toBe(2);
    const list = await alertsOf(staff, '?disease=SXHD');
    expect(list.items.map((a: { orgUnit: { code: string }; period: string }) => `${a.orgUnit.code} ${a.period}`).sort()).toEqual(['615 2024W10', '62 2024W10']);
    const district = list.items.find((a: { orgUnit: { code: string } }) => a.orgUnit.code === '615');
    expect(district).toMatchObject({ kind: 'THRESHOLD', status: 'NEW', observed: 40, method: 'EARS_C2', can: { verify: true } });
    expect(district.upper).toBeLessThan(40);
    expect(await noticesOf(t.database.db, 'chuyenvien', 'ALERT_THRESHOLD')).toHaveLength(2);
    expect(await noticesOf(t.database.db, 'ttksbt', 'ALERT_THRESHOLD')).toHaveLength(2);
    expect(await noticesOf(t.database.db, 'tp.kontum', 'ALERT_THRESHOLD')).toEqual([]);
    expect(await noticesOf(t.database.db, 'dakha', 'ALERT_THRESHOLD')).toEqual([]);
  });

  it('stores nothing more on later ticks, even when a value of the same weeks changes', async () => {
    expect(await tick()).toMatchObject({ alertsCreated: 0, notificationsCreated: 0 });
    t.clock.advanceMinutes(1);
    await t.database.db.updateTable('data_value').set({ value: '41', updated_at: t.clock.now().toISOString() }).where('period', '=', '2024W10').where('value', '=', '40').execute();
    expect(await tick()).toMatchObject({ alertsCreated: 0, notificationsCreated: 0 });
    expect(await rowCount(t.database.db, 'surveillance_alert')).toBe(2);
  });

  it('shows each user the alerts of what they watch: the CDC the province, a district its own', async () => {
    expect((await alertsOf(cdc)).total).toBe(2);
    expect((await alertsOf(dakha)).items.map((a: { orgUnit: { code: string } }) => a.orgUnit.code)).toEqual(['615']);
    expect(await alertsOf(other)).toMatchObject({ total: 0, items: [] });
    expect(await alertsOf(staff, '?pageSize=1')).toMatchObject({ total: 2, pageSize: 1 });
    expect((await alertsOf(staff, '?status=VERIFIED')).total).toBe(0);
  });

  it('lets the CDC verify, refuses a district reporter (403) and hides the alert from another district (404)', async () => {
    const id = (await alertsOf(staff, '?unit=615')).items[0].id;
    const other404 = await other.request('POST', `/api/surveillance/alerts/${id}/verify`);
    expect(other404.statusCode).toBe(404);
    expect((await other.request('GET', `/api/surveillance/alerts/${id}`)).statusCode).toBe(404);
    expect((await dakha.request('POST', `/api/surveillance/alerts/${id}/verify`)).statusCode).toBe(403);
    expect((await dakha.request('GET', `/api/surveillance/alerts/${id}`)).json()).toMatchObject({ can: { verify: false, dismiss: false } });
    const verified = await cdc.request('POST', `/api/surveillance/alerts/${id}/verify`);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'VERIFIED', statusLabel: 'Đã xác minh', verifiedBy: 'ttksbt' });
    expect((await staff.request('POST', `/api/surveillance/alerts/${id}/verify`)).statusCode).toBe(409);
  });

  it('dismisses only with a reason', async () => {
    const id = (await alertsOf(staff, '?unit=62&status=NEW')).items.find((a: { orgUnit: { code: string } }) => a.orgUnit.code === '62').id;
    const bare = await staff.request('POST', `/api/surveillance/alerts/${id}/dismiss`, { reason: '  ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details[0].field).toBe('reason');
    expect((await staff.request('GET', `/api/surveillance/alerts/${id}`)).json().status).toBe('NEW');
    const dismissed = await staff.request('POST', `/api/surveillance/alerts/${id}/dismiss`, { reason: 'Trùng với cảnh báo của huyện Đăk Hà' });
    expect(dismissed.json()).toMatchObject({ status: 'DISMISSED', reason: 'Trùng với cảnh báo của huyện Đăk Hà' });
  });

  it('opens an outbreak from the verified alert, which the month\'s report then counts', async () => {
    const id = (await alertsOf(staff, '?status=VERIFIED')).items[0].id;
    expect((await other.request('POST', `/api/surveillance/alerts/${id}/outbreak`, {})).statusCode).toBe(404);
    const res = await staff.request('POST', `/api/surveillance/alerts/${id}/outbreak`, { place: 'Thôn 2, xã Hà Mòn' });
    expect(res.statusCode, res.body).toBe(201);
    const outbreak = res.json();
    expect(outbreak).toMatchObject({
      disease: { code: 'SXHD' }, orgUnit: { code: '615' }, place: 'Thôn 2, xã Hà Mòn', startDate: '2024-03-04', status: 'ACTIVE',
      source: 'ALERT', alertId: id, totalCases: 40, expectedCloseOn: '2024-04-01',
    });
    expect((await staff.request('GET', `/api/surveillance/alerts/${id}`)).json()).toMatchObject({ status: 'OUTBREAK', outbreakId: outbreak.id });
    // Every district's form of the month is in, so the section speaks rather than noting forms missing.
    const at = t.clock.now().toISOString();
    await storeSubmissions(t.database.db, KONTUM_ORG_UNITS.dataSetAssignments.BTN_THANG!.map((orgUnit) => ({
      dataSet: 'BTN_THANG', orgUnit, period: '202403', status: 'APPROVED' as const, submittedAt: at, approvedAt: at,
    })));
    const unit = (await findOrgUnitByCode(t.database.db, '62'))!;
    const doc = writeMonthlyReport(await monthlyReportInput(t.database.db, unit, parsePeriod('202403'), { today: '2024-03-05' }));
    const dengue = doc.results.sections[0]!.children[0]!.blocks.find((b) => b.kind === 'generated' && b.id === 'disease.SXHD');
    const text = dengue?.kind === 'generated' ? dengue.sentences.map((s) => s.text).join(' ') : '';
    expect(text).toContain('Trong tháng, ghi nhận 01 ổ dịch tại huyện Đăk Hà, tăng 01 ổ dịch so với tháng trước, 01 ổ dịch đang hoạt động.');
  });
});
