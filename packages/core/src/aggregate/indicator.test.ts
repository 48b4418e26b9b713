import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import type { Indicator } from '../metadata/types.ts';
import { parsePeriod } from '../period/index.ts';
import { evaluateIndicator, indicatorRequests, requestKey, type IndicatorData, type RowRequest } from './indicator.ts';
import { monthRange, samePeriodLastYearRange, yearToDateRange } from './ranges.ts';
import { roundTo } from './round.ts';
import type { PeriodRange, PeriodValue } from './types.ts';

const indicator = (code: string): Indicator => DEFAULT_PACKAGE.indicators.find((i) => i.code === code)!;
const elements = new Map(DEFAULT_PACKAGE.dataElements.map((e) => [e.code, e]));

/** Stored rows keyed by `ELEMENT` or `ELEMENT.OPTION`, monthly, already summed over the subtree. */
function data(stored: Record<string, Record<string, number>>, asked: RowRequest[] = []): IndicatorData {
  return {
    aggregationTypeOf: (element) => elements.get(element)!.aggregationType,
    rows: (request): PeriodValue[] => {
      asked.push(request);
      const key = request.option === undefined ? request.element : `${request.element}.${request.option}`;
      return Object.entries(stored[key] ?? {}).map(([period, value]) => ({ period, value }));
    },
  };
}

const month = (code: string) => monthRange(parsePeriod(code));

describe('evaluateIndicator: bed occupancy', () => {
  const occupancy = indicator('KCB_BED_OCCUPANCY');
  const stored = {
    KCB_BED_DAYS: { '202401': 2_480, '202402': 2_610, '202403': 3_100, '202404': 2_700 },
    KCB_BEDS_PLAN: { '202401': 80, '202402': 90, '202403': 100, '202404': 100 },
  };

  it('divides by the beds × 30 days of April', () => {
    expect(evaluateIndicator(occupancy, data(stored), month('202404'))).toBe(90);
  });

  it('divides by the beds × 31 days of March', () => {
    expect(evaluateIndicator(occupancy, data(stored), month('202403'))).toBe(100);
  });

  it('over a quarter sums the bed days, takes the last plan, and counts 91 days', () => {
    const value = evaluateIndicator(occupancy, data(stored), month('2024Q1'));
    expect(value).toBeCloseTo((8_190 / (100 * 91)) * 100, 10);
    expect(roundTo(value!, occupancy.decimals)).toBe(90);
  });

  it('per level reads one option combo', () => {
    const perLevel = { 'KCB_BED_DAYS.TINH': { '202404': 1_500 }, 'KCB_BEDS_PLAN.TINH': { '202404': 60 } };
    const value = evaluateIndicator(indicator('KCB_BED_OCCUPANCY_TINH'), data(perLevel), month('202404'));
    expect(roundTo(value!, 1)).toBe(83.3);
  });

  it('is null without planned beds (division by zero) and without any data', () => {
    expect(evaluateIndicator(occupancy, data({ KCB_BED_DAYS: { '202404': 10 } }), month('202404'))).toBeNull();
    expect(evaluateIndicator(occupancy, data({}), month('202404'))).toBeNull();
  });
});

describe('evaluateIndicator: time ranges', () => {
  it('year to date: [days] is the days of the range (60 for Jan–Feb 2024)', () => {
    const ytd = yearToDateRange(parsePeriod('202402'));
    expect(evaluateIndicator({ expression: '[days]' }, data({}), ytd)).toBe(60);
  });

  it('year to date and same period last year for a flow indicator', () => {
    const stored = {
      TCMR_FULL_DONE: { '202301': 50, '202302': 40, '202401': 60, '202402': 45 },
      TCMR_FULL_TARGET: { '202301': 100, '202302': 100, '202401': 100, '202402': 110 },
    };
    const ytd = yearToDateRange(parsePeriod('202402'));
    const coverage = indicator('TCMR_FULL_COVERAGE');
    expect(evaluateIndicator(coverage, data(stored), ytd)).toBe(50);
    expect(evaluateIndicator(coverage, data(stored), samePeriodLastYearRange(ytd))).toBe(45);
  });

  it('a register indicator reads the last month of the range', () => {
    const stored = {
      HIV_REG_TOTAL: { '202401': 900, '202402': 910, '202403': 915 },
      HIV_REG_DEATHS: { '202401': 200, '202402': 201 },
    };
    const living = indicator('HIV_REG_LIVING');
    // Deaths were not reported for March: its own latest value in range (February) is used.
    expect(evaluateIndicator(living, data(stored), yearToDateRange(parsePeriod('202403')))).toBe(714);
    expect(evaluateIndicator(living, data(stored), month('202403'))).toBe(915); // deaths missing → 0
  });

  it('shifts the range of a reference by its periodOffset', () => {
    const stored = { HIV_NEW: { '202312': 3, '202401': 4, '202402': 5 } };
    const asked: RowRequest[] = [];
    const ytd = yearToDateRange(parsePeriod('202402'));
    const value = evaluateIndicator(
      { expression: '#{HIV_NEW} - #{HIV_NEW}.periodOffset(-1)' },
      data(stored, asked),
      ytd,
    );
    expect(value).toBe(9 - 7);
    expect(asked.map(requestKey)).toEqual(['#{HIV_NEW}@202401..202402', '#{HIV_NEW}@202312..202401']);
  });
});

describe('indicatorRequests', () => {
  it('lists each distinct reference with its range', () => {
    const range: PeriodRange = month('202404');
    const requests = indicatorRequests(indicator('KCB_BED_OCCUPANCY_HUYEN'), range);
    expect(requests.map(requestKey)).toEqual([
      '#{KCB_BED_DAYS.HUYEN}@202404..202404',
      '#{KCB_BEDS_PLAN.HUYEN}@202404..202404',
    ]);
    expect(requests[0]).toMatchObject({ element: 'KCB_BED_DAYS', option: 'HUYEN' });
  });
});
