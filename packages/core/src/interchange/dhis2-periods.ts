/** Every DHIS2 period type: code ↔ type, canonical code and dates; SYT stores five of them (see `isStoredPeriodType`). */
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR } from '../period/index.ts';
import { fromDayNumber, isIsoDate, toDayNumber } from '../period/iso-date.ts';
import { FAMILIES } from './dhis2-period-families.ts';
import { DHIS2_PERIOD_TYPES, type Dhis2Period, type Dhis2PeriodType } from './dhis2-period-types.ts';

const inRange = (year: number): boolean => year >= MIN_PERIOD_YEAR && year <= MAX_PERIOD_YEAR;

/** Period `index` (from 1) of `year` of a type, or null when the year has no such period. */
export function createDhis2Period(type: Dhis2PeriodType, year: number, index: number): Dhis2Period | null {
  const family = FAMILIES[type];
  if (!inRange(year) || !Number.isInteger(index) || index < 1 || index > family.count(year)) return null;
  const [start, end] = family.span(year, index);
  return { type, code: family.code(year, index), startDate: fromDayNumber(start), endDate: fromDayNumber(end) };
}

/**
 * Reads any DHIS2 period code (`2024W3`, `2024WedW3`, `202401B`, `2024AprilS1`, `2024July`, `20240115` …):
 * its type, canonical code (SYT's form for the types it stores: `2024W03`) and dates; null when it names none.
 */
export function parseDhis2Period(code: string): Dhis2Period | null {
  if (typeof code !== 'string') return null;
  for (const type of DHIS2_PERIOD_TYPES) {
    const match = FAMILIES[type].pattern.exec(code);
    if (!match) continue;
    const year = Number(match[1]);
    if (type === 'Daily') return dailyPeriod(year, Number(match[2]), Number(match[3]));
    return createDhis2Period(type, year, match[2] === '' ? 1 : Number(match[2]));
  }
  return null;
}

// `20240230` names no day; checked by the calendar, not by its position in the year.
function dailyPeriod(year: number, month: number, day: number): Dhis2Period | null {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(date)) return null;
  return dhis2PeriodStarting('Daily', date);
}

/** The period of `type` that starts on `date` (ISO `YYYY-MM-DD`), or null when none starts that day. */
export function dhis2PeriodStarting(type: Dhis2PeriodType, date: string): Dhis2Period | null {
  if (!isIsoDate(date)) return null;
  const position = FAMILIES[type].starting(toDayNumber(date));
  return position ? createDhis2Period(type, position[0], position[1]) : null;
}

/** The DHIS2 code of period `index` of `year` (`formatDhis2Period('FinancialApril', 2024, 1)` → `2024April`). */
export function formatDhis2Period(type: Dhis2PeriodType, year: number, index: number): string | null {
  return createDhis2Period(type, year, index)?.code ?? null;
}
