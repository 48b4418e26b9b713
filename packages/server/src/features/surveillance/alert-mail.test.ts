import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { smtpMailer, type Mailer } from '../../scheduler/mailer.ts';
import { runSchedulerTick } from '../../scheduler/scheduler.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, signedIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { startSmtp, stopSmtp, subjectOf, type TestSmtp } from '../../test/smtp-server.ts';
import { storeValues, weeklyCounts } from './surveillance.fixture.ts';

/** "An alert goes to the CDC and department staff: in-app, and mailed when SMTP is set." */
describe.each(DIALECTS)('epidemic alerts by mail on $name', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  let mailer: Mailer;
  const tick = () => runSchedulerTick({ db: t.database.db, clock: t.clock, config: t.config, mailer });
  const setEmail = (username: string, email: string) =>
    t.database.db.updateTable('app_user').set({ email }).where('username', '=', username).execute();

  // 09:00 on Tuesday 5 March 2024 in Vietnam: week 2024W10.
  beforeAll(async () => {
    smtp = await startSmtp();
    const settings = { smtpUrl: `smtp://syt:bi-mat@127.0.0.1:${smtp.port}`, smtpFrom: 'So Y te <syt@kontum.vn>' };
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'), settings);
    mailer = smtpMailer(t.config)!;
    await addUser(t, 'chuyenvien', 'staff', '62');
    await addUser(t, 'ttksbt', 'reporter', 'KT_CDC');
    await addUser(t, 'tp.kontum', 'reporter', '608');
    await setEmail('chuyenvien', 'chuyenvien@kontum.vn');
    await setEmail('ttksbt', 'cdc@kontum.vn');
    await setEmail('tp.kontum', 'tpkontum@kontum.vn');
    await t.database.db.updateTable('disease').set({ threshold_method: 'EARS_C2' }).where('code', '=', 'SXHD').execute();
    await storeValues(t.database.db, weeklyCounts('SXHD_CASES', '615', '2024W10', 20, 40), t.clock.now().toISOString());
  });
  afterAll(async () => {
    mailer.close();
    await t.close();
    await stopSmtp(smtp);
  });

  it('mails a threshold alert to the staff and the CDC in the tick that detects it, and not to another district', async () => {
    const result = await tick();
    expect(result.alertsCreated).toBe(2); // Đăk Hà and the province above it
    expect(result.mailsSent).toBe(4);
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual(['cdc@kontum.vn', 'cdc@kontum.vn', 'chuyenvien@kontum.vn', 'chuyenvien@kontum.vn']);
    expect(smtp.received.map((m) => subjectOf(m.raw)).sort()).toEqual([
      'Cảnh báo dịch: Sốt xuất huyết Dengue tại Tỉnh Kon Tum tuần 10/2024 vượt ngưỡng',
      'Cảnh báo dịch: Sốt xuất huyết Dengue tại Tỉnh Kon Tum tuần 10/2024 vượt ngưỡng',
      'Cảnh báo dịch: Sốt xuất huyết Dengue tại Đăk Hà tuần 10/2024 vượt ngưỡng',
      'Cảnh báo dịch: Sốt xuất huyết Dengue tại Đăk Hà tuần 10/2024 vượt ngưỡng',
    ]);
    expect(await tick()).toMatchObject({ alertsCreated: 0, mailsSent: 0 });
  });

  it('mails an immediate report by the next tick, its notice queued with the report', async () => {
    smtp.received.length = 0;
    const dakha = await signedIn(t, 'dakha', 'reporter', '615');
    const res = await dakha.request('POST', '/api/surveillance/immediate-reports', {
      disease: 'TA', orgUnit: '615', place: 'Thôn 3, xã Hà Mòn', onsetDate: '2024-03-04', count: 2, note: '',
    });
    expect(res.statusCode, res.body).toBe(201);
    const queued = await t.database.db.selectFrom('notification').select('mail_status').where('kind', '=', 'ALERT_IMMEDIATE').execute();
    expect(queued.map((n) => n.mail_status).sort()).toEqual(['PENDING', 'PENDING']);
    expect(await tick()).toMatchObject({ mailsSent: 2 });
    expect(smtp.received.map((m) => `${m.to.join()} ${subjectOf(m.raw)}`).sort()).toEqual([
      'cdc@kontum.vn Báo cáo khẩn: Tả tại Đăk Hà',
      'chuyenvien@kontum.vn Báo cáo khẩn: Tả tại Đăk Hà',
    ]);
  });
});
