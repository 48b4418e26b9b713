/** When a unit's answer to a reporting request counts as on time, late or overdue: pure, shared by the server and the scheduler. */
import type { RequestView, SubmissionStatus } from '../api/requests.ts';
import { vietnamDate } from '../completeness/entry-window.ts';

/**
 * The status of one unit's submission at `now`. A deadline is a calendar date in Vietnam: it ends at midnight
 * UTC+7, so a file sent at 23:59 on the day is on time and one sent at 00:00 the next day is late.
 */
export function submissionStatus(deadline: string, submittedAt: string | Date | null, now: Date): SubmissionStatus {
  if (submittedAt !== null) return isOnTime(deadline, submittedAt) ? 'SUBMITTED' : 'SUBMITTED_LATE';
  return vietnamDate(now) > deadline ? 'OVERDUE' : 'PENDING';
}

/** Whether a moment falls on or before the deadline's day in Vietnam. */
export function isOnTime(deadline: string, moment: string | Date): boolean {
  return vietnamDate(new Date(moment)) <= deadline;
}

export type SubmissionCounts = RequestView['counts'];

/** The overview's counts; `submitted` includes the late ones, which `late` counts again on their own. */
export function countSubmissions(statuses: readonly SubmissionStatus[]): SubmissionCounts {
  const count = (...wanted: SubmissionStatus[]) => statuses.filter((s) => wanted.includes(s)).length;
  return {
    total: statuses.length,
    submitted: count('SUBMITTED', 'SUBMITTED_LATE'),
    late: count('SUBMITTED_LATE'),
    overdue: count('OVERDUE'),
    pending: count('PENDING'),
  };
}
