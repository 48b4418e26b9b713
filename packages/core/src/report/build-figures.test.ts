import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/index.ts';
import { buildReportFigures } from './build-figures.ts';
import type { FigureRow } from './figures.ts';

const row = (element: string, orgUnit: string, period: string, value: number, option = 'default'): FigureRow => ({
  element,
  option,
  orgUnit,
  period,
  value,
});

const DISTRICT_OF: Record<string, string> = { '61501': '615', '61502': '615', '60801': '608', '615': '615' };

function figures(rows: FigureRow[]) {
  return buildReportFigures(rows, {
    month: parsePeriod('202311'),
    childOf: (unit) => DISTRICT_OF[unit] ?? null,
    aggregationTypeOf: (element) => (element.endsWith('_REG') ? 'LAST' : 'SUM'),
    indicators: [{ code: 'RATE', name: 'r', expression: '#{A} / #{B} * 100', decimals: 1 }],
  });
}

describe('report figures from stored rows', () => {
  const rows = [
    row('CASES', '61501', '202311', 3),
    row('CASES', '61502', '202311', 2),
    row('CASES', '60801', '202311', 4),
    row('CASES', '60801', '202310', 6),
    row('CASES', '61501', '202211', 1),
    row('CASES', '61501', '202201', 7),
    row('CASES', '61501', '202212', 50),
    row('CASES', '62', '202311', 0),
  ];

  it('sums each span over the subtree and splits it by district', () => {
    const f = figures(rows);
    expect(f.total('CASES', 'month')).toBe(9);
    expect(Object.fromEntries(f.byUnit('CASES', 'month'))).toEqual({ '615': 5, '608': 4 });
    expect(f.total('CASES', 'previousMonth')).toBe(6);
    expect(f.total('CASES', 'sameMonthLastYear')).toBe(1);
    expect(f.total('CASES', 'yearToDate')).toBe(15);
    // December 2022 lies outside January–November 2022.
    expect(f.total('CASES', 'yearToDateLastYear')).toBe(8);
  });

  it('tells nothing stored (null) from a stored zero, and lists no district with zero', () => {
    const f = figures([row('ZERO', '61501', '202311', 0)]);
    expect(f.total('ZERO', 'month')).toBe(0);
    expect(f.byUnit('ZERO', 'month').size).toBe(0);
    expect(f.total('ZERO', 'previousMonth')).toBeNull();
    expect(f.total('NOTHING', 'month')).toBeNull();
  });

  it("takes each unit's own latest value of a register, so a late unit still counts", () => {
    const f = figures([
      row('X_REG', '61501', '202310', 10),
      row('X_REG', '61502', '202311', 4),
      row('X_REG', '61502', '202309', 99),
    ]);
    expect(f.total('X_REG', 'month')).toBe(4);
    expect(f.total('X_REG', 'yearToDate')).toBe(14);
  });

  it('reads one option of an element and evaluates indicators rounded to their decimals', () => {
    const f = figures([
      row('LAO', '61501', '202311', 3, 'AFB_POS'),
      row('LAO', '61501', '202311', 2, 'AFB_NEG'),
      row('A', '62', '202311', 2),
      row('B', '62', '202311', 3),
    ]);
    expect(f.total('LAO.AFB_POS', 'month')).toBe(3);
    expect(f.total('LAO', 'month')).toBe(5);
    expect(f.total('RATE', 'month')).toBe(66.7);
  });
});
