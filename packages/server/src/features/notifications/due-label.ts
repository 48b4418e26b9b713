import { daysUntil } from '@syt/core/notifications/reminder-stage.ts';
import { vi } from '../../messages.ts';

/** `còn 2 ngày`, `đến hạn hôm nay`, `quá hạn 3 ngày`: how a due date stands on `today`. */
export function dueLabel(due: string, today: string): string {
  const days = daysUntil(due, today);
  if (days > 0) return vi.notifications.daysLeft(days);
  return days === 0 ? vi.notifications.dueToday : vi.notifications.overdueDays(-days);
}
