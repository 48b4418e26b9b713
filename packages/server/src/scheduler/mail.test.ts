import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { DIALECTS } from '../test/dialects.ts';
import { addUser, startTestApp, type TestApp } from '../test/harness.ts';
import { addTask } from '../test/reminder-fixtures.ts';
import { startSmtp, stopSmtp, subjectOf, type TestSmtp } from '../test/smtp-server.ts';
import { smtpMailer } from './mailer.ts';
import { runSchedulerTick } from './scheduler.ts';

describe.each(DIALECTS)('reminder mail on $name', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp(dialect, new ManualClock('2023-12-02T02:00:00Z'));
    await addUser(t, 'dakha', 'reporter', '615');
    await addUser(t, 'khongthu', 'reporter', '615');
    await t.database.db.updateTable('app_user').set({ email: 'dakha@kontum.vn' }).where('username', '=', 'dakha').execute();
    await addTask(t.database.db, { title: 'Kiểm tra cơ sở khám bệnh', lead: '615', due: '2023-12-05' });
  });
  afterAll(async () => {
    await t.close();
    await stopSmtp(smtp);
  });

  it('mails each new reminder once to users who have an address, with the Vietnamese subject', async () => {
    const config = loadConfig({ SMTP_URL: `smtp://syt:bi-mat@127.0.0.1:${smtp.port}`, SMTP_FROM: 'So Y te <syt@kontum.vn>', PUBLIC_URL: 'https://syt.kontum.vn' },
      { logLevel: 'silent', webDist: '/nonexistent' });
    const mailer = smtpMailer(config)!;
    const ctx = { db: t.database.db, clock: t.clock, config, mailer };
    expect(await runSchedulerTick(ctx)).toMatchObject({ notificationsCreated: 2, mailsSent: 1 });
    expect(await runSchedulerTick(ctx)).toMatchObject({ notificationsCreated: 0, mailsSent: 0 });
    mailer.close();

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['dakha@kontum.vn']);
    expect(subjectOf(smtp.received[0]!.raw)).toBe('Nhiệm vụ "Kiểm tra cơ sở khám bệnh" đến hạn ngày 05/12/2023');
    const statuses = await t.database.db.selectFrom('notification').select('mail_status').orderBy('id').execute();
    expect(statuses.map((s) => s.mail_status).sort()).toEqual(['SENT', null]);
  });
});
