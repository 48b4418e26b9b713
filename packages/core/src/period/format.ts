/** Period → DHIS2 code. */
import type { Period, PeriodType } from './period-types.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The canonical DHIS2 code for a position in a year (weeks and months always two digits). */
export function periodCode(type: PeriodType, year: number, index: number): string {
  switch (type) {
    case 'Weekly':
      return `${year}W${pad2(index)}`;
    case 'Monthly':
      return `${year}${pad2(index)}`;
    case 'Quarterly':
      return `${year}Q${index}`;
    case 'SixMonthly':
      return `${year}S${index}`;
    case 'Yearly':
      return String(year);
  }
}

/** The canonical DHIS2 code of a period, e.g. `2024W05`; `parsePeriod` reads it back. */
export function formatPeriod(period: Period): string {
  return periodCode(period.type, period.year, period.index);
}
