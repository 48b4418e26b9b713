/**
 * A unit's year of one form, month by month: on time, late, missing (overdue and not submitted), or not yet due.
 * A month the unit did not exist in has no cell. Counts are over the months that were due.
 */
import type { FormStatus } from '../completeness/form-status.ts';

export type HistoryCell = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';

export const HISTORY_CELL_LABELS: Record<HistoryCell, string> = {
  ON_TIME: 'Đúng hạn',
  LATE: 'Muộn',
  MISSING: 'Chưa nộp',
  NOT_DUE: 'Chưa đến hạn',
};

/** One month of a unit as the completeness view reports it. */
export interface MonthFacts {
  status: FormStatus;
  onTime: boolean;
  overdue: boolean;
}

/** The cell a month shows. */
export function historyCell(f: MonthFacts): HistoryCell {
  const reported = f.status === 'SUBMITTED_ON_TIME' || f.status === 'SUBMITTED_LATE' || f.status === 'APPROVED';
  if (reported) return f.onTime ? 'ON_TIME' : 'LATE';
  return f.overdue ? 'MISSING' : 'NOT_DUE';
}

export interface HistoryCounts {
  /** Months that were due (reported or missing). */
  due: number;
  reported: number;
  onTime: number;
  late: number;
  missing: number;
}

/** What a row of cells adds up to; months not due and months the unit did not exist are left out. */
export function countHistory(cells: readonly (HistoryCell | null)[]): HistoryCounts {
  const n = (kind: HistoryCell) => cells.filter((c) => c === kind).length;
  const onTime = n('ON_TIME');
  const late = n('LATE');
  const missing = n('MISSING');
  return { due: onTime + late + missing, reported: onTime + late, onTime, late, missing };
}
