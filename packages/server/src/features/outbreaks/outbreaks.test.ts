import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

const config = loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' });
const DAY = 24 * 60;

describe.each(DIALECTS)('outbreaks on $name', (dialect) => {
  let t: TestApp;
  let dakha: TestClient;
  let staff: TestClient;
  let other: TestClient;
  let id: number;
  const tick = () => runSchedulerTick({ db: t.database.db, clock: t.clock, config });
  const signIn = async (username: string) => {
    const client = await new TestClient(t.app).init();
    const res = await client.login(username);
    if (res.statusCode !== 200) throw new Error(res.body);
    return client;
  };
  const view = async (client: TestClient = staff) => (await client.request('GET', `/api/surveillance/outbreaks/${id}`)).json();

  // 09:00 on 5 March 2024 in Vietnam.
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
    dakha = await signedIn(t, 'dakha', 'reporter', '615');
    staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    other = await signedIn(t, 'tp.kontum', 'reporter', '608');
  });
  afterAll(() => t.close());

  it('is recorded by the district with its first cases', async () => {
    const res = await dakha.request('POST', '/api/surveillance/outbreaks', {
      disease: 'SXHD', orgUnit: '615', place: 'Thôn 5, xã Đăk Mar', startDate: '2024-03-01', initialCases: 3,
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      source: 'MANUAL', status: 'ACTIVE', totalCases: 3, lastCaseDate: '2024-03-01', expectedCloseOn: '2024-03-29',
      can: { addCases: true, addMeasure: true, close: false },
    });
    expect((await dakha.request('POST', '/api/surveillance/outbreaks', {
      disease: 'SXHD', orgUnit: '608', place: 'x', startDate: '2024-03-01',
    })).statusCode).toBe(403);
  });

  it('takes cases over time and the measures taken, refusing dates before its start or in the future', async () => {
    expect((await dakha.request('POST', `/api/surveillance/outbreaks/${id}/cases`, { date: '2024-03-04', count: 2 })).statusCode).toBe(200);
    const measure = await dakha.request('POST', `/api/surveillance/outbreaks/${id}/measures`, { date: '2024-03-04', text: 'Phun hóa chất diệt muỗi toàn thôn' });
    expect(measure.json()).toMatchObject({ totalCases: 5, lastCaseDate: '2024-03-04', expectedCloseOn: '2024-04-01' });
    expect(measure.json().measures).toMatchObject([{ date: '2024-03-04', text: 'Phun hóa chất diệt muỗi toàn thôn', createdBy: 'dakha' }]);
    for (const [date, field] of [['2024-02-28', 'date'], ['2024-03-06', 'date']] as const) {
      const res = await dakha.request('POST', `/api/surveillance/outbreaks/${id}/cases`, { date, count: 1 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe(field);
    }
    expect((await dakha.request('POST', `/api/surveillance/outbreaks/${id}/cases`, { date: '2024-03-04', count: 0 })).statusCode).toBe(400);
    expect((await other.request('POST', `/api/surveillance/outbreaks/${id}/cases`, { date: '2024-03-04', count: 1 })).statusCode).toBe(404);
    expect((await view()).totalCases).toBe(5);
  });

  it('stays active through the day twice the incubation after its last case, and closes on that day at the next tick', async () => {
    // Dengue: 14 days, so 28 days after 04/03/2024 is 01/04/2024.
    t.clock.advanceMinutes(26 * DAY);
    expect((await tick()).closedOutbreakIds).toEqual([]);
    t.clock.advanceMinutes(DAY);
    expect((await tick()).closedOutbreakIds).toEqual([]);
    t.clock.advanceMinutes(DAY);
    expect((await tick()).closedOutbreakIds).toEqual([id]);
    // A month on, everyone signs in again.
    [dakha, staff, other] = [await signIn('dakha'), await signIn('chuyenvien'), await signIn('tp.kontum')];
    expect(await view()).toMatchObject({ status: 'CLOSED', closedOn: '2024-04-01', closeReason: null, expectedCloseOn: null });
    const refused = await dakha.request('POST', `/api/surveillance/outbreaks/${id}/cases`, { date: '2024-04-02', count: 1 });
    expect(refused.statusCode).toBe(409);
  });

  it('is closed by hand by the department, with a reason, not before its last case', async () => {
    const res = await staff.request('POST', '/api/surveillance/outbreaks', {
      disease: 'SOI', orgUnit: '615', place: 'Trường tiểu học xã Hà Mòn', startDate: '2024-04-01', initialCases: 2,
    });
    const second = res.json().id;
    expect((await dakha.request('POST', `/api/surveillance/outbreaks/${second}/close`, { reason: 'Hết ca' })).statusCode).toBe(403);
    const early = await staff.request('POST', `/api/surveillance/outbreaks/${second}/close`, { reason: 'Hết ca', closedOn: '2024-03-30' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].field).toBe('closedOn');
    expect((await staff.request('POST', `/api/surveillance/outbreaks/${second}/close`, { reason: '' })).statusCode).toBe(400);
    const closed = await staff.request('POST', `/api/surveillance/outbreaks/${second}/close`, { reason: 'Không ghi nhận ca mới sau điều tra' });
    expect(closed.json()).toMatchObject({ status: 'CLOSED', closedOn: '2024-04-02', closeReason: 'Không ghi nhận ca mới sau điều tra' });
  });

  it('lists within scope, paged, latest start first', async () => {
    const list = (await staff.request('GET', '/api/surveillance/outbreaks?pageSize=1')).json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(list.items[0].disease.code).toBe('SOI');
    expect((await staff.request('GET', '/api/surveillance/outbreaks?disease=SXHD')).json().total).toBe(1);
    expect((await other.request('GET', '/api/surveillance/outbreaks')).json().total).toBe(0);
  });
});
