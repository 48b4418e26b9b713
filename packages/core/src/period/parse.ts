/** DHIS2 code → Period. */
import { createPeriod, isValidPeriodPosition } from './create.ts';
import { invalidPeriod } from './errors.ts';
import type { Period, PeriodType } from './period-types.ts';

// Each pattern captures the year and the index; weeks also accept one digit (`2024W5`).
const PATTERNS: ReadonlyArray<readonly [PeriodType, RegExp]> = [
  ['Yearly', /^(\d{4})()$/],
  ['Monthly', /^(\d{4})(\d{2})$/],
  ['Quarterly', /^(\d{4})Q(\d)$/],
  ['SixMonthly', /^(\d{4})S(\d)$/],
  ['Weekly', /^(\d{4})W(\d{1,2})$/],
];

/** Reads a DHIS2 period code; throws `PeriodError` INVALID_PERIOD for anything that is not a real period. */
export function parsePeriod(code: string): Period {
  const period = tryParsePeriod(code);
  if (!period) throw invalidPeriod(code);
  return period;
}

/** Reads a DHIS2 period code, or returns null when it is not a real period. */
export function tryParsePeriod(code: string): Period | null {
  if (typeof code !== 'string') return null;
  for (const [type, pattern] of PATTERNS) {
    const match = pattern.exec(code);
    if (!match) continue;
    const year = Number(match[1]);
    const index = type === 'Yearly' ? 1 : Number(match[2]);
    return isValidPeriodPosition(type, year, index) ? createPeriod(type, year, index) : null;
  }
  return null;
}
