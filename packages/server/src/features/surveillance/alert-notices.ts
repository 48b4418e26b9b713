/**
 * Who hears of an alert: "an alert goes to the CDC and department staff: in-app, and mailed when SMTP is set" —
 * active staff and admins whose scope holds the unit, and every user of a CDC of the unit's province.
 */
import { formatViDate } from '@syt/core/vi/date.ts';
import type { Executor } from '../metadata/upsert.ts';
import { activeRecipients, insertNotifications, type NotificationDraft, type Recipient } from '../notifications/notifications.repository.ts';
import { isCdcUnit, parentPath } from './surveillance-scope.ts';
import { METHOD_LABELS, periodLabel, surveillanceMessages as sm } from './surveillance.messages.ts';
import type { ThresholdMethodName } from '@syt/core/api/surveillance.ts';

/** What a notice says about an alert. */
export interface AlertNotice {
  alertId: number;
  kind: 'THRESHOLD' | 'IMMEDIATE';
  disease: string;
  unit: { name: string; path: string };
  period: string;
  observed: number;
  upper: number | null;
  method: string | null;
  /** IMMEDIATE: the report's onset date and place. */
  onsetDate?: string;
  place?: string;
}

/** The users an alert at a unit goes to. */
export async function alertRecipients(db: Executor, unitPath: string): Promise<Recipient[]> {
  const [users, cdcs] = await Promise.all([
    activeRecipients(db),
    db.selectFrom('org_unit').select(['code', 'type', 'path']).where('type', '=', 'HEALTH_UNIT').execute(),
  ]);
  const cdcPaths = new Set(cdcs.filter(isCdcUnit).map((u) => u.path));
  return users.filter((u) =>
    cdcPaths.has(u.scopePath)
      ? unitPath.startsWith(parentPath(u.scopePath))
      : (u.role === 'staff' || u.role === 'admin') && unitPath.startsWith(u.scopePath),
  );
}

const upperText = (n: number | null) => (n === null ? '' : n.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));

/** The notification drafts of one alert, one per recipient. */
export function alertDrafts(notice: AlertNotice, users: Recipient[]): NotificationDraft[] {
  const title = sm.alertTitle(notice.kind, notice.disease, notice.unit.name, periodLabel(notice.period));
  const body = notice.kind === 'IMMEDIATE'
    ? sm.immediateBody(notice.observed, formatViDate(notice.onsetDate!), notice.place ?? '')
    : sm.thresholdBody(notice.observed, upperText(notice.upper), METHOD_LABELS[notice.method as ThresholdMethodName] ?? notice.method ?? '');
  return users.map((u) => ({
    userId: u.id, kind: `ALERT_${notice.kind}`, title, body, link: `/giam-sat/canh-bao/${notice.alertId}`, dedupeKey: `ALERT:${notice.alertId}`,
  }));
}

/** Notifies the alert's recipients (in the caller's transaction), each mailed too when `mail` and they have an address. */
export async function notifyAlert(db: Executor, mail: boolean, notice: AlertNotice, nowIso: string): Promise<number> {
  const users = await alertRecipients(db, notice.unit.path);
  const withEmail = new Set(users.filter((u) => u.email).map((u) => u.id));
  return insertNotifications(db, alertDrafts(notice, users), nowIso, (id) => mail && withEmail.has(id));
}
