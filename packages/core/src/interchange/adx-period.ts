/** ADX periods (ISO 8601 `start/duration`, e.g. `2023-11-01/P1M`) ↔ DHIS2 period codes (`202311`). */
import { isIsoDate, periodForDate, tryParsePeriod, type PeriodType } from '../period/index.ts';

const DURATION_OF: Readonly<Record<PeriodType, string>> = {
  Weekly: 'P7D',
  Monthly: 'P1M',
  Quarterly: 'P3M',
  SixMonthly: 'P6M',
  Yearly: 'P1Y',
};

// Also the spellings other ADX producers use for the same spans.
const TYPE_OF: ReadonlyMap<string, PeriodType> = new Map([
  ['P7D', 'Weekly'],
  ['P1W', 'Weekly'],
  ['P1M', 'Monthly'],
  ['P3M', 'Quarterly'],
  ['P6M', 'SixMonthly'],
  ['P1Y', 'Yearly'],
  ['P12M', 'Yearly'],
]);

/** The ADX period of a DHIS2 code (`2024Q1` → `2024-01-01/P3M`), or null when the code names no period. */
export function toAdxPeriod(code: string): string | null {
  const period = tryParsePeriod(code);
  return period ? `${period.startDate}/${DURATION_OF[period.type]}` : null;
}

/**
 * The DHIS2 code of an ADX period (`2024-01-01/P7D` → `2024W01`), or null when it is malformed or
 * does not start where a period of that length starts (`2023-11-15/P1M`).
 */
export function fromAdxPeriod(adx: string): string | null {
  const slash = adx.indexOf('/');
  const start = adx.slice(0, slash).trim();
  const type = TYPE_OF.get(
    adx
      .slice(slash + 1)
      .trim()
      .toUpperCase(),
  );
  if (slash < 0 || !type || !isIsoDate(start)) return null;
  try {
    const period = periodForDate(type, start);
    return period.startDate === start ? period.code : null;
  } catch {
    return null; // a year outside the supported range
  }
}
