import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/index.ts';
import { aggregateOverTime, aggregatePerOption, lastPeriodPerUnit, sumByPeriod } from './over-time.ts';
import { monthRange, samePeriodLastYearRange, yearToDateRange } from './ranges.ts';
import type { PeriodRange, UnitPeriodValue } from './types.ts';

const range = (from: string, to: string): PeriodRange => ({ from: parsePeriod(from), to: parsePeriod(to) });
const rows = (entries: Record<string, number>) => Object.entries(entries).map(([period, value]) => ({ period, value }));

// Two years of monthly cases, with a gap in 202402.
const CASES = rows({ '202301': 5, '202302': 7, '202303': 1, '202312': 9, '202401': 4, '202403': 6, '202404': 2 });

describe('aggregateOverTime', () => {
  it('SUM: year to date is the sum of its months', () => {
    expect(aggregateOverTime(CASES, 'SUM', yearToDateRange(parsePeriod('202403')))).toBe(10);
    expect(aggregateOverTime(CASES, 'SUM', monthRange(parsePeriod('202401')))).toBe(4);
  });

  it('SUM: same period last year', () => {
    const ytd = yearToDateRange(parsePeriod('202403'));
    expect(aggregateOverTime(CASES, 'SUM', samePeriodLastYearRange(ytd))).toBe(13);
    expect(aggregateOverTime(CASES, 'SUM', samePeriodLastYearRange(monthRange(parsePeriod('202403'))))).toBe(1);
  });

  it('SUM: a quarter given as a quarterly range sums its stored months', () => {
    expect(aggregateOverTime(CASES, 'SUM', range('2024Q1', '2024Q1'))).toBe(10);
    expect(aggregateOverTime(CASES, 'SUM', monthRange(parsePeriod('2024Q1')))).toBe(10);
  });

  it('LAST: the latest stored period in the range (registers)', () => {
    const register = rows({ '202312': 300, '202401': 310, '202402': 312, '202404': 320 });
    expect(aggregateOverTime(register, 'LAST', range('202401', '202403'))).toBe(312);
    expect(aggregateOverTime(register, 'LAST', yearToDateRange(parsePeriod('202404')))).toBe(320);
    expect(aggregateOverTime(register, 'LAST', range('202301', '202312'))).toBe(300);
  });

  it('LAST: adds rows of the same latest period, whatever order they come in', () => {
    const perUnit = [...rows({ '202403': 10, '202401': 99 }), ...rows({ '202403': 5 })];
    expect(aggregateOverTime(perUnit, 'LAST', range('202401', '202403'))).toBe(15);
  });

  it('is null when nothing is stored in the range', () => {
    expect(aggregateOverTime([], 'SUM', range('202401', '202412'))).toBeNull();
    expect(aggregateOverTime([], 'LAST', range('202401', '202412'))).toBeNull();
    expect(aggregateOverTime(CASES, 'SUM', range('202402', '202402'))).toBeNull();
    expect(aggregateOverTime(CASES, 'LAST', range('202405', '202412'))).toBeNull();
  });

  it('keeps a stored zero apart from nothing stored', () => {
    expect(aggregateOverTime(rows({ '202402': 0 }), 'SUM', range('202402', '202402'))).toBe(0);
  });
});

describe('subtrees', () => {
  // Province register, three districts; Đăk Hà (615) has not reported March yet.
  const unitRows: UnitPeriodValue[] = [
    { orgUnit: '608', period: '202402', value: 100 },
    { orgUnit: '608', period: '202403', value: 102 },
    { orgUnit: '615', period: '202402', value: 40 },
    { orgUnit: '612', period: '202402', value: 20 },
    { orgUnit: '612', period: '202403', value: 21 },
  ];
  const q1 = range('202401', '202403');

  it('SUM of the SQL per-period totals = sum of each unit’s SUM', () => {
    const perUnit = ['608', '615', '612'].map((u) =>
      aggregateOverTime(
        unitRows.filter((r) => r.orgUnit === u),
        'SUM',
        q1,
      ),
    );
    expect(aggregateOverTime(sumByPeriod(unitRows), 'SUM', q1)).toBe(perUnit.reduce((a, b) => a! + b!, 0));
    expect(aggregateOverTime(sumByPeriod(unitRows), 'SUM', q1)).toBe(283);
  });

  it('LAST over SQL totals takes the latest month any unit reported, so a late unit counts for nothing', () => {
    expect(aggregateOverTime(sumByPeriod(unitRows), 'LAST', q1)).toBe(123);
  });

  it('lastPeriodPerUnit takes each unit’s own latest value, then sums', () => {
    expect(lastPeriodPerUnit(unitRows, q1)).toBe(163);
  });

  it('the two agree when every unit reported the same latest period', () => {
    const onTime = [...unitRows, { orgUnit: '615', period: '202403', value: 41 }];
    expect(lastPeriodPerUnit(onTime, q1)).toBe(164);
    expect(aggregateOverTime(sumByPeriod(onTime), 'LAST', q1)).toBe(164);
  });

  it('lastPeriodPerUnit is null when no unit has a value in the range', () => {
    expect(lastPeriodPerUnit(unitRows, range('202301', '202312'))).toBeNull();
    expect(lastPeriodPerUnit([], q1)).toBeNull();
  });
});

describe('aggregatePerOption', () => {
  it('aggregates each option combo on its own', () => {
    const byLevel = [
      { option: 'TINH', period: '202401', value: 300 },
      { option: 'TINH', period: '202403', value: 320 },
      { option: 'HUYEN', period: '202402', value: 150 },
      { option: 'PKDKKV', period: '202312', value: 9 },
    ];
    expect(aggregatePerOption(byLevel, 'LAST', range('202401', '202403'))).toEqual(
      new Map([
        ['TINH', 320],
        ['HUYEN', 150],
      ]),
    );
    expect(aggregatePerOption(byLevel, 'SUM', range('202401', '202403')).get('TINH')).toBe(620);
  });
});
