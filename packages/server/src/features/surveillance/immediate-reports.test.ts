import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ManualClock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { noticesOf, rowCount } from './surveillance.fixture.ts';

/** Makes every insert into the notifications fail (or stops doing so), as a full disk or a lost connection would. */
async function refuseNotifications(db: Database, on: boolean): Promise<void> {
  if (isPostgres(db)) {
    if (on) {
      await sql.raw(`create function refuse_notice() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`).execute(db);
      await sql.raw('create trigger refuse_notice before insert on notification for each row execute function refuse_notice()').execute(db);
    } else {
      await sql.raw('drop trigger refuse_notice on notification').execute(db);
      await sql.raw('drop function refuse_notice()').execute(db);
    }
    return;
  }
  await sql.raw(on ? `create trigger refuse_notice before insert on notification begin select raise(abort, 'refused'); end` : 'drop trigger refuse_notice').execute(db);
}

const report = (over: Record<string, unknown> = {}) => ({
  disease: 'TA', orgUnit: '615', place: 'Thôn 3, xã Hà Mòn', onsetDate: '2024-03-04', count: 2, note: 'Tiêu chảy cấp, nôn', ...over,
});

describe.each(DIALECTS)('immediate reports on $name', (dialect) => {
  let t: TestApp;
  let reporter: TestClient;
  // 09:00 on 5 March 2024 in Vietnam.
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
    reporter = await signedIn(t, 'dakha', 'reporter', '615');
    await signedIn(t, 'chuyenvien', 'staff', '62');
    await signedIn(t, 'ttksbt', 'reporter', 'KT_CDC');
    await signedIn(t, 'tp.kontum', 'reporter', '608');
    await signedIn(t, 'staff.608', 'staff', '608');
  });
  afterAll(() => t.close());

  it('stores a cholera case with its alert and tells the department staff and the CDC at once', async () => {
    const res = await reporter.request('POST', '/api/surveillance/immediate-reports', report());
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({ disease: { code: 'TA', name: 'Tả' }, orgUnit: { code: '615' }, count: 2, createdBy: 'dakha' });
    const alert = (await reporter.request('GET', `/api/surveillance/alerts/${view.alertId}`)).json();
    expect(alert).toMatchObject({ kind: 'IMMEDIATE', status: 'NEW', period: '2024W10', observed: 2, immediateReportId: view.id });
    for (const user of ['chuyenvien', 'ttksbt']) {
      expect(await noticesOf(t.database.db, user, 'ALERT_IMMEDIATE')).toEqual([
        { title: 'Báo cáo khẩn: Tả tại Đăk Hà', link: `/giam-sat/canh-bao/${view.alertId}`, mail_status: null },
      ]);
    }
    for (const user of ['tp.kontum', 'staff.608', 'dakha']) expect(await noticesOf(t.database.db, user, 'ALERT_IMMEDIATE')).toEqual([]);
  });

  it('stores neither the report nor its alert when the notices cannot be stored: one transaction', async () => {
    const before = await Promise.all((['immediate_report', 'surveillance_alert', 'notification'] as const).map((x) => rowCount(t.database.db, x)));
    await refuseNotifications(t.database.db, true);
    const res = await reporter.request('POST', '/api/surveillance/immediate-reports', report());
    await refuseNotifications(t.database.db, false);
    expect(res.statusCode).toBe(500);
    const after = await Promise.all((['immediate_report', 'surveillance_alert', 'notification'] as const).map((x) => rowCount(t.database.db, x)));
    expect(after).toEqual(before);
  });

  it.each([
    ['a future onset', { onsetDate: '2024-03-06' }, 'onsetDate'],
    ['an onset older than 90 days', { onsetDate: '2023-12-01' }, 'onsetDate'],
    ['a group B disease', { disease: 'SXHD' }, 'disease'],
    ['COVID-19 after it left group A', { disease: 'COVID19', onsetDate: '2024-03-01' }, 'disease'],
    ['an unknown disease', { disease: 'KHONG_CO' }, 'disease'],
    ['no case', { count: 0 }, 'count'],
    ['no place', { place: ' ' }, 'place'],
    ['an unknown unit', { orgUnit: '999' }, 'orgUnit'],
  ])('refuses %s, naming the field, and stores nothing', async (_, over, field) => {
    const before = await Promise.all((['immediate_report', 'surveillance_alert', 'notification'] as const).map((x) => rowCount(t.database.db, x)));
    const res = await reporter.request('POST', '/api/surveillance/immediate-reports', report(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(res.json().error.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/u);
    const after = await Promise.all((['immediate_report', 'surveillance_alert', 'notification'] as const).map((x) => rowCount(t.database.db, x)));
    expect(after).toEqual(before);
  });

  it('refuses a unit outside the reporter\'s district and a role that enters nothing', async () => {
    expect((await reporter.request('POST', '/api/surveillance/immediate-reports', report({ orgUnit: '608' }))).statusCode).toBe(403);
    const viewer = await signedIn(t, 'xem', 'viewer', '62');
    expect((await viewer.request('POST', '/api/surveillance/immediate-reports', report())).statusCode).toBe(403);
  });

  it('takes a disease the metadata marks immediate whatever its group (diphtheria)', async () => {
    expect((await reporter.request('POST', '/api/surveillance/immediate-reports', report({ disease: 'BACHHAU' }))).statusCode).toBe(201);
  });

  it('lists the reports within scope, newest first', async () => {
    const own = (await reporter.request('GET', '/api/surveillance/immediate-reports?pageSize=2')).json();
    expect(own).toMatchObject({ total: 2, page: 1, pageSize: 2 });
    expect(own.items.map((i: { disease: { code: string } }) => i.disease.code)).toEqual(['BACHHAU', 'TA']);
    const other = await signedIn(t, 'tp2', 'reporter', '608');
    expect((await other.request('GET', '/api/surveillance/immediate-reports')).json()).toMatchObject({ total: 0, items: [] });
  });
});
