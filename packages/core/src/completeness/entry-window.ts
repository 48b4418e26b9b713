import type { DataSet } from '../metadata/types.ts';
import { addDays, nextPeriod, type Period } from '../period/index.ts';

/** Vietnam keeps UTC+7 all year, so a local calendar date is plain arithmetic. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam of a moment. */
export function vietnamDate(moment: Date): string {
  return new Date(moment.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export interface EntryWindow {
  /**
   * Day the form is due: `dueDay` of the period that follows (day 5 of the next month for a monthly form, day 2 of the
   * next week — its Tuesday — for a weekly one).
   */
  dueDate: string;
  /** Last day entry is open: `openDaysAfterPeriod` days after the due date. */
  closesOn: string;
}

/** When a form for a period is due and when its entry closes. */
export function entryWindow(dataSet: Pick<DataSet, 'dueDay' | 'openDaysAfterPeriod'>, period: Period): EntryWindow {
  const following = nextPeriod(period);
  const dueDate = addDays(following.startDate, dataSet.dueDay - 1);
  return { dueDate, closesOn: addDays(dueDate, dataSet.openDaysAfterPeriod) };
}

export type EntryState = 'FUTURE' | 'OPEN' | 'CLOSED';

/** Whether values may be entered today: not before the period starts, not after the window closes. */
export function entryState(window: EntryWindow, period: Period, today: string): EntryState {
  if (today < period.startDate) return 'FUTURE';
  return today > window.closesOn ? 'CLOSED' : 'OPEN';
}
