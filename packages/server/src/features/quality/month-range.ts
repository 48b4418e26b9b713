import { periodsBetween, type Period } from '@syt/core/period/index.ts';
import { AppError } from '../../errors.ts';
import { requirePeriod } from '../data-entry/cell.service.ts';
import { qualityMessages } from './quality.messages.ts';

/** The longest range of months analysed at once. */
export const MAX_ANALYSIS_MONTHS = 60;

/** The months from `from` to `to`: both monthly, in order, at most MAX_ANALYSIS_MONTHS; else 400 naming the field. */
export function requireMonthRange(from: string, to: string): Period[] {
  const [start, end] = [requireMonth(from, 'from'), requireMonth(to, 'to')];
  if (start.code > end.code) throw invalid('INVALID_RANGE', 'to', qualityMessages.fromAfterTo);
  // Counted before listing, so a range of centuries is refused without walking it.
  const months = (end.year - start.year) * 12 + end.index - start.index + 1;
  if (months > MAX_ANALYSIS_MONTHS) throw invalid('RANGE_TOO_LONG', 'from', qualityMessages.tooManyPeriods(MAX_ANALYSIS_MONTHS));
  return periodsBetween(start, end);
}

function requireMonth(code: string, field: string): Period {
  const period = requirePeriod(code, field);
  if (period.type !== 'Monthly') throw invalid('INVALID_PERIOD', field, qualityMessages.notMonthly(code));
  return period;
}

const invalid = (code: string, field: string, message: string) => new AppError(400, code, message, [{ field, message }]);
