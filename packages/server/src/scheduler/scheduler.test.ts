import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { DIALECTS } from '../test/dialects.ts';
import { addUser, startTestApp, type TestApp } from '../test/harness.ts';
import { addRequest, addTask, notificationKinds, taskStatus } from '../test/reminder-fixtures.ts';
import { runSchedulerTick, startScheduler } from './scheduler.ts';

const config = loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent' });
const HOUR = 60;

describe.each(DIALECTS)('reminders scheduler on $name', (dialect) => {
  describe('a task due on 05/12/2023', () => {
    let t: TestApp;
    let taskId: number;
    // 23:00 on 5 December in Vietnam (UTC+7).
    beforeAll(async () => {
      t = await startTestApp(dialect, new ManualClock('2023-12-05T16:00:00Z'));
      await addUser(t, 'dakha', 'reporter', '615');
      taskId = await addTask(t.database.db, { title: 'Rà soát ổ dịch sốt xuất huyết', lead: '615', due: '2023-12-05' });
    });
    afterAll(() => t.close());
    const tick = () => runSchedulerTick({ db: t.database.db, clock: t.clock, config });

    it('is still open at 23:59 on its due date in Vietnam', async () => {
      await tick();
      t.clock.advanceMinutes(59);
      expect((await tick()).overdueTaskIds).toEqual([]);
      expect(await taskStatus(t.database.db, taskId)).toBe('NOT_STARTED');
    });

    it('turns overdue at the first tick after midnight, with no request made, and says so in its history', async () => {
      t.clock.advanceMinutes(1);
      expect((await tick()).overdueTaskIds).toEqual([taskId]);
      expect(await taskStatus(t.database.db, taskId)).toBe('OVERDUE');
      const history = await t.database.db.selectFrom('task_update').select(['kind', 'status', 'created_by']).where('task_id', '=', taskId).execute();
      expect(history).toEqual([{ kind: 'STATUS', status: 'OVERDUE', created_by: 'system' }]);
      expect(await notificationKinds(t.database.db, 'dakha')).toEqual({ TASK_DUE: 1, TASK_OVERDUE: 1 });
    });

    it('changes nothing on a repeated tick', async () => {
      expect(await tick()).toMatchObject({ overdueTaskIds: [], notificationsCreated: 0 });
      expect((await t.database.db.selectFrom('task_update').select('id').execute()).length).toBe(1);
    });
  });

  describe('across a restart', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, new ManualClock('2023-12-04T03:00:00Z'));
      await addUser(t, 'dakha', 'reporter', '615');
    });
    afterAll(() => t.close());

    it('catches up on the deadline passed while the server was down, without repeating reminders', async () => {
      const taskId = await addTask(t.database.db, { title: 'Báo cáo tiêm chủng', lead: '615', due: '2023-12-05' });
      await startScheduler({ db: t.database.db, clock: t.clock, config })();
      expect(await notificationKinds(t.database.db, 'dakha')).toEqual({ TASK_DUE_SOON: 1 });
      await t.app.close();

      t.clock.advanceMinutes(3 * 24 * HOUR);
      const db = openDatabase(t.database.url);
      const app = await buildApp({ db, clock: t.clock, config });
      await startScheduler({ db, clock: t.clock, config })();
      expect(await taskStatus(db, taskId)).toBe('OVERDUE');
      await startScheduler({ db, clock: t.clock, config })();
      expect(await notificationKinds(db, 'dakha')).toEqual({ TASK_DUE_SOON: 1, TASK_OVERDUE: 1 });
      await app.close();
      await db.destroy();
    });
  });

  describe('reminders before, on and after the deadline', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(dialect, new ManualClock('2023-12-01T02:00:00Z'));
      await addUser(t, 'dakha', 'reporter', '615');
      await addUser(t, 'dakto', 'reporter', '612');
      await addUser(t, 'canbo', 'staff', '62');
      await addUser(t, 'lanhdao', 'leader', '62');
      await addTask(t.database.db, { title: 'Giám sát an toàn thực phẩm', lead: '615', due: '2023-12-05' });
      await addTask(t.database.db, { title: 'Đã xong', lead: '615', due: '2023-12-05', status: 'DONE' });
      await addRequest(t.database.db, { subject: 'Báo cáo công tác y tế năm 2023', deadline: '2023-12-05', units: ['615'] });
    });
    afterAll(() => t.close());

    it('creates each reminder once, on its day, for the users concerned', async () => {
      const tick = () => runSchedulerTick({ db: t.database.db, clock: t.clock, config });
      await tick();
      expect(await notificationKinds(t.database.db, 'dakha')).toEqual({});
      for (let day = 0; day < 6; day += 1) {
        t.clock.advanceMinutes(24 * HOUR);
        await tick();
        await tick();
      }
      const all = { TASK_DUE_SOON: 1, TASK_DUE: 1, TASK_OVERDUE: 1 };
      expect(await notificationKinds(t.database.db, 'dakha')).toEqual({ ...all, REQUEST_DUE_SOON: 1, REQUEST_DUE: 1, REQUEST_OVERDUE: 1 });
      expect(await notificationKinds(t.database.db, 'canbo')).toEqual(all);
      expect(await notificationKinds(t.database.db, 'dakto')).toEqual({});
      expect(await notificationKinds(t.database.db, 'lanhdao')).toEqual({});
    });

    it('writes the reminders in Vietnamese', async () => {
      const titles = await t.database.db.selectFrom('notification').select(['title', 'body', 'link']).where('kind', '=', 'TASK_DUE_SOON').execute();
      expect(titles[0]).toMatchObject({ title: 'Nhiệm vụ "Giám sát an toàn thực phẩm" đến hạn ngày 05/12/2023', link: expect.stringMatching(/^\/nhiem-vu\/\d+$/) });
      expect(titles[0]!.body).toContain('còn 3 ngày');
    });
  });
});
