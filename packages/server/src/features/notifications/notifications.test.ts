import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import { addTask } from '../../test/reminder-fixtures.ts';

describe.each(DIALECTS)('notifications API on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  let dakTo: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-05T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
    dakTo = await signedIn(t, 'dakto', 'reporter', '612');
    await addTask(t.database.db, { title: 'Giám sát dịch sởi', lead: '615', due: '2023-12-05' });
    await addTask(t.database.db, { title: 'Kiểm tra nhà thuốc', lead: '612', due: '2023-12-07' });
    await runSchedulerTick({ db: t.database.db, clock: t.clock, config: loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' }) });
  });
  afterAll(() => t.close());

  it('lists only the caller\'s own notifications, unread first counted', async () => {
    const res = await dakHa.request('GET', '/api/notifications');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      unread: 1,
      notifications: [{ kind: 'TASK_DUE', title: 'Nhiệm vụ "Giám sát dịch sởi" đến hạn hôm nay (05/12/2023)', read: false }],
    });
    expect((await dakTo.request('GET', '/api/notifications')).json().notifications.map((n: { kind: string }) => n.kind)).toEqual(['TASK_DUE_SOON']);
  });

  it('answers someone else\'s notification as a missing one (404), touching nothing', async () => {
    const theirs = (await dakTo.request('GET', '/api/notifications')).json().notifications[0].id;
    const res = await dakHa.request('POST', `/api/notifications/${theirs}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe(`Không tìm thấy thông báo số ${theirs}.`);
    expect((await dakHa.request('POST', '/api/notifications/999999/read')).statusCode).toBe(404);
    expect((await dakTo.request('GET', '/api/notifications')).json().unread).toBe(1);
  });

  it('marks one read, then all', async () => {
    const mine = (await dakHa.request('GET', '/api/notifications')).json().notifications[0].id;
    const one = await dakHa.request('POST', `/api/notifications/${mine}/read`);
    expect(one.json()).toMatchObject({ unread: 0, notifications: [{ id: mine, read: true }] });
    const all = await dakTo.request('POST', '/api/notifications/read-all');
    expect(all.json().unread).toBe(0);
  });

  it('answers 401 without a session', async () => {
    const anonymous = await new TestClient(t.app).init();
    expect((await anonymous.request('GET', '/api/notifications')).statusCode).toBe(401);
    expect((await anonymous.request('GET', '/api/todo')).statusCode).toBe(401);
  });
});
