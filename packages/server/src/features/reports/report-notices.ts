/**
 * In-app notices of a report's workflow, written in the same transaction as the status change: a report sent to the
 * leader (Trình ký) is announced to those who may approve it; the leader's approval (Duyệt) or return (Trả lại dự
 * thảo) goes back to whoever sent it.
 */
import type { Role } from '@syt/core/api/contract.ts';
import type { ReportStatus } from '@syt/core/api/reports.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { activeRecipients, insertNotifications, type Recipient } from '../notifications/notifications.repository.ts';
import { storedReportName } from './report-period.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { lastSender, type InstanceRecord } from './reports.repository.ts';

interface Notice {
  kind: string;
  title: string;
  body: string;
}

/** One notice per user, once per version of the report (a report sent again after a return is announced again). */
async function send(db: Executor, nowIso: string, row: InstanceRecord, version: number, users: Recipient[], notice: Notice): Promise<void> {
  const params: Record<string, string> = { org: row.org_unit_code, period: row.period };
  if (row.kind !== 'monthly') params.kind = row.kind;
  const link = `/bao-cao?${new URLSearchParams(params)}`;
  const drafts = users.map((u) => ({ userId: u.id, link, dedupeKey: `${notice.kind}:${row.id}:${version}`, ...notice }));
  const mailable = new Set(users.filter((u) => u.email).map((u) => u.id));
  await insertNotifications(db, drafts, nowIso, (id) => mailable.has(id));
}

/**
 * Tells whom a status change concerns: the approvers of a report sent to them or taken back from them (`withdrawn`),
 * the sender of one approved or returned.
 */
export async function noticeStatusChange(
  db: Executor, nowIso: string, actor: Actor, row: InstanceRecord, to: ReportStatus | 'withdrawn', version: number,
): Promise<void> {
  // Issuing ends the workflow: nobody waits for it.
  if (to === 'issued') return;
  const month = storedReportName(row.kind, row.period);
  const unit = row.org_unit_name;
  const others = (await activeRecipients(db)).filter((u) => u.id !== actor.id);
  // People read who acted by name, not by login.
  const by = (await displayNames(db, [actor.username]))(actor.username);
  const m = vi.report;
  if (to === 'submitted' || to === 'withdrawn') {
    const approvers = others.filter((u) => roleAllows(u.role as Role, 'finalize-report') && row.org_unit_path.startsWith(u.scopePath));
    const notice =
      to === 'submitted'
        ? { kind: 'REPORT_SUBMITTED', title: m.submittedTitle(month), body: m.submittedBody(unit, month, by) }
        : { kind: 'REPORT_WITHDRAWN', title: m.withdrawnTitle(month), body: m.withdrawnBody(unit, month, by) };
    return send(db, nowIso, row, version, approvers, notice);
  }
  const sender = await lastSender(db, row.id);
  const users = others.filter((u) => u.username === sender);
  const notice =
    to === 'final'
      ? { kind: 'REPORT_APPROVED', title: m.approvedTitle(month), body: m.approvedBody(unit, month, by) }
      : { kind: 'REPORT_RETURNED', title: m.returnedTitle(month), body: m.returnedBody(unit, month, by) };
  await send(db, nowIso, row, version, users, notice);
}
