import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { DIALECTS } from '../test/dialects.ts';
import { addUser, startTestApp, type TestApp } from '../test/harness.ts';
import { addTask } from '../test/reminder-fixtures.ts';
import { smtpMailer } from './mailer.ts';
import { runSchedulerTick } from './scheduler.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A throwaway SMTP server on loopback that keeps what it receives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth: (auth, _session, done) => (auth.username === 'syt' && auth.password === 'bi-mat' ? done(null, { user: 'syt' }) : done(new Error('auth'))),
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

/** The Subject header with its MIME encoded words (base64 or quoted-printable UTF-8) decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header.replace(/\r?\n[ \t]/g, ' ').replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

describe.each(DIALECTS)('reminder mail on $name', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
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
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
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
