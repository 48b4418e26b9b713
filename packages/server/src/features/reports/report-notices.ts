/** In-app notices of a report's workflow, written in the same transaction as the status change. */
import type { Role } from '@syt/core/api/contract.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { activeRecipients, insertNotifications } from '../notifications/notifications.repository.ts';
import type { InstanceRecord } from './reports.repository.ts';

/** `11/2023` for `202311`. */
function monthLabel(code: string): string {
  const month = parsePeriod(code);
  return `${String(month.index).padStart(2, '0')}/${month.year}`;
}

/**
 * Tells those who may approve the report (leaders whose scope holds its unit) that it was sent to them; once per
 * version sent, so a report sent again after being returned is announced again.
 */
export async function noticeSubmitted(db: Executor, nowIso: string, actor: Actor, row: InstanceRecord, version: number): Promise<void> {
  const approvers = (await activeRecipients(db)).filter(
    (u) => u.id !== actor.id && roleAllows(u.role as Role, 'finalize-report') && row.org_unit_path.startsWith(u.scopePath),
  );
  const month = monthLabel(row.period);
  const link = `/bao-cao?${new URLSearchParams({ org: row.org_unit_code, period: row.period })}`;
  const drafts = approvers.map((u) => ({
    userId: u.id,
    kind: 'REPORT_SUBMITTED',
    title: vi.report.submittedTitle(month),
    body: vi.report.submittedBody(row.org_unit_name, month, actor.username),
    link,
    dedupeKey: `REPORT_SUBMITTED:${row.id}:${version}`,
  }));
  const mailable = new Set(approvers.filter((u) => u.email).map((u) => u.id));
  await insertNotifications(db, drafts, nowIso, (id) => mailable.has(id));
}
