import type { Role } from '@syt/core/api/contract.ts';
import { reminderStage, type ReminderStage } from '@syt/core/notifications/reminder-stage.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import type { Database } from '../db/database.ts';
import { vi } from '../messages.ts';
import { roleAllows } from '../features/access/access.policy.ts';
import { dueLabel } from '../features/notifications/due-label.ts';
import type { NotificationDraft, Recipient } from '../features/notifications/notifications.repository.ts';
import { openRequestDeadlines } from '../features/requests/open-deadlines.repository.ts';

const TITLES: Record<ReminderStage, (subject: string, date: string) => string> = {
  DUE_SOON: vi.notifications.requestDueSoon,
  DUE: vi.notifications.requestDue,
  OVERDUE: vi.notifications.requestOverdue,
};

/** Names of units by id, for the bodies. */
async function unitNames(db: Database, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

/**
 * The reminders reporting requests call for on `today`: each unit that has not yet sent its report hears it, through
 * its own users who send reports (not the department staff above it, who follow the request's overview instead).
 */
export async function requestReminders(db: Database, users: Recipient[], today: string, daysBefore: number): Promise<NotificationDraft[]> {
  const groups = (await openRequestDeadlines(db)).filter((g) => reminderStage(g.deadline, today, daysBefore) !== null);
  const names = await unitNames(db, [...new Set(groups.flatMap((g) => g.unitIds))]);
  const drafts: NotificationDraft[] = [];
  for (const group of groups) {
    const stage = reminderStage(group.deadline, today, daysBefore)!;
    const date = formatViDate(group.deadline);
    for (const unitId of group.unitIds) {
      const content = {
        kind: `REQUEST_${stage}`,
        title: TITLES[stage](group.subject, date),
        body: vi.notifications.requestBody(names.get(unitId) ?? '', date, dueLabel(group.deadline, today)),
        link: `/yeu-cau-bao-cao/${group.requestId}`,
        dedupeKey: `REQUEST_${stage}:${group.groupId}:${group.deadline}`,
      };
      for (const user of users) {
        if (user.orgUnitId === unitId && roleAllows(user.role as Role, 'enter')) drafts.push({ userId: user.id, ...content });
      }
    }
  }
  return drafts;
}
