/** ADX periods (ISO 8601 `start/duration`, e.g. `2023-11-01/P1M`) ↔ DHIS2 period codes of every type. */
import { ADX_DURATION, DHIS2_PERIOD_TYPES, DURATION_ALIASES } from './dhis2-period-types.ts';
import { dhis2PeriodStarting, parseDhis2Period } from './dhis2-periods.ts';

/** The ADX period of a DHIS2 code (`2024Q1` → `2024-01-01/P3M`, `2024April` → `2024-04-01/P1Y`), or null. */
export function toAdxPeriod(code: string): string | null {
  const period = parseDhis2Period(code);
  return period ? `${period.startDate}/${ADX_DURATION[period.type]}` : null;
}

/**
 * The DHIS2 code of an ADX period, or null when it is malformed or no period of that length starts that day
 * (`2023-11-15/P1M`). Where types share a length, the start tells them apart: `2024-01-03/P7D` is
 * WeeklyWednesday, `2024-04-01/P6M` SixMonthlyApril, `2024-07-01/P1Y` FinancialJuly.
 */
export function fromAdxPeriod(adx: string): string | null {
  const slash = adx.indexOf('/');
  if (slash < 0) return null;
  const start = adx.slice(0, slash).trim();
  const written = adx
    .slice(slash + 1)
    .trim()
    .toUpperCase();
  const duration = DURATION_ALIASES[written] ?? written;
  for (const type of DHIS2_PERIOD_TYPES) {
    if (ADX_DURATION[type] !== duration) continue;
    const period = dhis2PeriodStarting(type, start);
    if (period) return period.code;
  }
  return null;
}
