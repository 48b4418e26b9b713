/** Due dates and labels of task deadlines: one date, a day of each month, quarter, half-year or year, ongoing, or on request. */
import type { TaskDeadline } from '../api/tasks.ts';
import { daysInMonth, isoDateFromParts, parseIsoDate } from '../period/iso-date.ts';
import { formatViDate } from '../vi/date.ts';

/** The date `day` falls on in a month, clamped to the month's length (31 → 30/04, 29/02 only in leap years). */
function clampedDate(year: number, month: number, day: number): string {
  return isoDateFromParts(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The first date on or after `onOrAfter` that is day `day` of one of the allowed months (1–12). */
function nextDayOfMonths(day: number, onOrAfter: string, allowed: (month: number) => boolean): string {
  const start = parseIsoDate(onOrAfter);
  if (!start) throw new Error(`Not an ISO date: ${onOrAfter}`);
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new RangeError(`Not a day of a month: ${day}`);
  let { year, month } = start;
  // At most 12 months ahead: every allowed set has a month within a year, and the clamped day is always reachable.
  for (let step = 0; step <= 12; step += 1) {
    const candidate = clampedDate(year, month, day);
    if (allowed(month) && candidate >= onOrAfter) return candidate;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  throw new Error(`No due date found for day ${day} after ${onOrAfter}`);
}

const isQuarterEnd = (month: number): boolean => month % 3 === 0;
const isHalfYearEnd = (month: number): boolean => month % 6 === 0;

/** The next date a deadline falls due on or after `onOrAfter` (ISO); null for ONGOING and ON_REQUEST. */
export function nextDueDate(deadline: TaskDeadline, onOrAfter: string): string | null {
  switch (deadline.kind) {
    case 'DATE':
      // A fixed date stays the due date even once passed: that is what makes the task overdue.
      return deadline.date;
    case 'MONTHLY':
      return nextDayOfMonths(deadline.day, onOrAfter, () => true);
    case 'QUARTERLY':
      return nextDayOfMonths(deadline.day, onOrAfter, isQuarterEnd);
    case 'HALF_YEARLY':
      return nextDayOfMonths(deadline.day, onOrAfter, isHalfYearEnd);
    case 'YEARLY':
      if (!Number.isInteger(deadline.month) || deadline.month < 1 || deadline.month > 12) throw new RangeError(`Not a month: ${deadline.month}`);
      return nextDayOfMonths(deadline.day, onOrAfter, (month) => month === deadline.month);
    case 'ONGOING':
    case 'ON_REQUEST':
      return null;
  }
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** `05/12/2023`, `Ngày 05 hằng tháng`, `Ngày 10 tháng cuối quý`, `Ngày 30 tháng cuối 6 tháng`, `Ngày 15/12 hằng năm`, `Thường xuyên`, `Khi có yêu cầu`. */
export function deadlineLabel(deadline: TaskDeadline): string {
  switch (deadline.kind) {
    case 'DATE':
      return formatViDate(deadline.date);
    case 'MONTHLY':
      return `Ngày ${twoDigits(deadline.day)} hằng tháng`;
    case 'QUARTERLY':
      return `Ngày ${twoDigits(deadline.day)} tháng cuối quý`;
    case 'HALF_YEARLY':
      return `Ngày ${twoDigits(deadline.day)} tháng 6 và tháng 12`;
    case 'YEARLY':
      return `Ngày ${twoDigits(deadline.day)}/${twoDigits(deadline.month)} hằng năm`;
    case 'ONGOING':
      return 'Thường xuyên';
    case 'ON_REQUEST':
      return 'Khi có yêu cầu';
  }
}
