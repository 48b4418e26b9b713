/** Which reminder a deadline calls for on a day: the pure rule behind the scheduler's notifications. */
import { addDays, toDayNumber } from '../period/iso-date.ts';

export type ReminderStage = 'DUE_SOON' | 'DUE' | 'OVERDUE';

/** Days from `today` to `due` (ISO dates): negative once the due date has passed. */
export function daysUntil(due: string, today: string): number {
  return toDayNumber(due) - toDayNumber(today);
}

/**
 * The reminder due on `today` for a deadline on `due`, or null. DUE_SOON covers the whole window from `daysBefore`
 * days ahead up to the eve (not only its first day), so a server that was down on that day still reminds once.
 */
export function reminderStage(due: string, today: string, daysBefore: number): ReminderStage | null {
  if (today > due) return 'OVERDUE';
  if (today === due) return 'DUE';
  return today >= addDays(due, -daysBefore) ? 'DUE_SOON' : null;
}
