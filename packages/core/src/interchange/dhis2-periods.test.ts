import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParsePeriod } from '../period/index.ts';
import { fromAdxPeriod, toAdxPeriod } from './adx-period.ts';
import { DHIS2_PERIOD_TYPES, isStoredPeriodType, type Dhis2PeriodType } from './dhis2-period-types.ts';
import { FAMILIES } from './dhis2-period-families.ts';
import { createDhis2Period, dhis2PeriodStarting, formatDhis2Period, parseDhis2Period } from './dhis2-periods.ts';

describe('DHIS2 period codes', () => {
  // Codes and spans from DHIS2's documentation ("Date and period format") and its period type classes.
  it.each<[string, Dhis2PeriodType, string, string, string]>([
    ['20240115', 'Daily', '20240115', '2024-01-15', '2024-01-15'],
    ['2024W3', 'Weekly', '2024W03', '2024-01-15', '2024-01-21'],
    ['2024WedW3', 'WeeklyWednesday', '2024WedW3', '2024-01-17', '2024-01-23'],
    ['2024ThuW3', 'WeeklyThursday', '2024ThuW3', '2024-01-18', '2024-01-24'],
    ['2024SatW3', 'WeeklySaturday', '2024SatW3', '2024-01-13', '2024-01-19'],
    ['2024SunW3', 'WeeklySunday', '2024SunW3', '2024-01-14', '2024-01-20'],
    ['2024BiW1', 'BiWeekly', '2024BiW1', '2024-01-01', '2024-01-14'],
    ['2020BiW27', 'BiWeekly', '2020BiW27', '2020-12-28', '2021-01-10'],
    ['202401', 'Monthly', '202401', '2024-01-01', '2024-01-31'],
    ['202401B', 'BiMonthly', '202401B', '2024-01-01', '2024-02-29'],
    ['202406B', 'BiMonthly', '202406B', '2024-11-01', '2024-12-31'],
    ['2024Q1', 'Quarterly', '2024Q1', '2024-01-01', '2024-03-31'],
    ['2024NovQ1', 'QuarterlyNov', '2024NovQ1', '2023-11-01', '2024-01-31'],
    ['2024NovQ4', 'QuarterlyNov', '2024NovQ4', '2024-08-01', '2024-10-31'],
    ['2024S1', 'SixMonthly', '2024S1', '2024-01-01', '2024-06-30'],
    ['2024AprilS1', 'SixMonthlyApril', '2024AprilS1', '2024-04-01', '2024-09-30'],
    ['2024AprilS2', 'SixMonthlyApril', '2024AprilS2', '2024-10-01', '2025-03-31'],
    ['2024NovS1', 'SixMonthlyNov', '2024NovS1', '2023-11-01', '2024-04-30'],
    ['2024NovS2', 'SixMonthlyNov', '2024NovS2', '2024-05-01', '2024-10-31'],
    ['2024', 'Yearly', '2024', '2024-01-01', '2024-12-31'],
    ['2024April', 'FinancialApril', '2024April', '2024-04-01', '2025-03-31'],
    ['2024July', 'FinancialJuly', '2024July', '2024-07-01', '2025-06-30'],
    ['2024Oct', 'FinancialOct', '2024Oct', '2024-10-01', '2025-09-30'],
    ['2024Nov', 'FinancialNov', '2024Nov', '2023-11-01', '2024-10-31'],
  ])('%s is %s %s, %s to %s', (code, type, canonical, startDate, endDate) => {
    expect(parseDhis2Period(code)).toEqual({ type, code: canonical, startDate, endDate });
  });

  it.each([
    '2024W54',
    '2021W53',
    '2024BiW28',
    '2021BiW27',
    '20240230',
    '202413',
    '202407B',
    '2024Q5',
    '2024NovQ5',
    '2024AprilS3',
    '2024Jan',
    '1899',
    'x',
  ])('rejects %s', (code) => expect(parseDhis2Period(code)).toBeNull());

  it('names the period starting on a date, and formats positions', () => {
    expect(dhis2PeriodStarting('WeeklyWednesday', '2024-01-03')?.code).toBe('2024WedW1');
    expect(dhis2PeriodStarting('WeeklyWednesday', '2024-01-04')).toBeNull();
    expect(dhis2PeriodStarting('FinancialNov', '2024-11-01')?.code).toBe('2025Nov');
    expect(formatDhis2Period('FinancialApril', 2024, 1)).toBe('2024April');
    expect(formatDhis2Period('BiMonthly', 2024, 7)).toBeNull();
  });

  it('stores five types only', () => {
    expect(DHIS2_PERIOD_TYPES.filter(isStoredPeriodType)).toEqual([
      'Weekly',
      'Monthly',
      'Quarterly',
      'SixMonthly',
      'Yearly',
    ]);
  });
});

const positionArb = fc
  .record({
    type: fc.constantFrom(...DHIS2_PERIOD_TYPES),
    year: fc.integer({ min: 1901, max: 2998 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ type, year, at }) => {
    const count = FAMILIES[type].count(year);
    return createDhis2Period(type, year, Math.min(count, 1 + Math.floor(at * count)))!;
  });

describe('DHIS2 periods, every type over many years', () => {
  it('code → dates → code, code → ADX → code', () => {
    fc.assert(
      fc.property(positionArb, (period) => {
        expect(parseDhis2Period(period.code)).toEqual(period);
        expect(dhis2PeriodStarting(period.type, period.startDate)).toEqual(period);
        expect(fromAdxPeriod(toAdxPeriod(period.code)!)).toBe(period.code);
      }),
      { numRuns: 3000 },
    );
  });

  it('periods of a type follow one another without gap or overlap (BiWeekly aside in 53-week years)', () => {
    fc.assert(
      fc.property(positionArb, (period) => {
        const family = FAMILIES[period.type];
        const next = parseDhis2Period(period.code)!;
        const after = dhis2PeriodStarting(period.type, nextDay(next.endDate));
        if (period.type !== 'BiWeekly' || family.count(Number(period.code.slice(0, 4))) * 2 === 52) {
          expect(after?.startDate).toBe(nextDay(period.endDate));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with SYT's own periods on the five stored types", () => {
    fc.assert(
      fc.property(
        positionArb.filter((p) => isStoredPeriodType(p.type)),
        (period) => {
          const own = tryParsePeriod(period.code)!;
          expect([own.type, own.code, own.startDate, own.endDate]).toEqual([
            period.type,
            period.code,
            period.startDate,
            period.endDate,
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
