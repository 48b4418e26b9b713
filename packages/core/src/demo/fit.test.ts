/** fitSeries meets nested targets (cells, months, unit spans, totals) and keeps parts under their caps. */
import { describe, expect, it } from 'vitest';
import { fitSeries } from './fit.ts';
import type { SpanTarget } from './targets.ts';

const UNITS = ['A', 'B', 'C'];
const MONTHS = ['202308', '202309', '202310', '202311'];
const draws = [
  [1, 0, 2, 0],
  [3, 1, 0, 2],
  [0, 2, 1, 1],
];
const prior = UNITS.map(() => MONTHS.map(() => 1));
const t = (unit: string | null, from: string, to: string, value: number): SpanTarget => ({
  element: 'X',
  combo: null,
  unit,
  from,
  to,
  value,
});
const sum = (m: number[][], units: number[], from: number, to: number) =>
  units.reduce((s, u) => s + m[u]!.slice(from, to + 1).reduce((a, b) => a + b, 0), 0);

describe('fitSeries', () => {
  it('meets a month’s unit list, the month before and a year-to-date split that excludes a unit', () => {
    // Like VGA: November 1 in A; October 2; year to date 7 = A 4 + B 3, nothing in C.
    const targets = [
      t(null, '202311', '202311', 1),
      t('A', '202311', '202311', 1),
      t(null, '202310', '202310', 2),
      t(null, '202308', '202311', 7),
      t('A', '202308', '202311', 4),
      t('B', '202308', '202311', 3),
    ];
    const fitted = fitSeries({ units: UNITS, months: MONTHS, draws, prior }, targets);
    expect(sum(fitted, [0, 1, 2], 3, 3)).toBe(1);
    expect(fitted[0]![3]).toBe(1);
    expect(sum(fitted, [0, 1, 2], 2, 2)).toBe(2);
    expect([sum(fitted, [0], 0, 3), sum(fitted, [1], 0, 3), sum(fitted, [2], 0, 3)]).toEqual([4, 3, 0]);
  });

  it('keeps every cell within its cap and leaves cells outside targets as drawn', () => {
    const caps = [
      [5, 5, 5, 0],
      [5, 5, 5, 5],
      [5, 5, 5, 5],
    ];
    const fitted = fitSeries({ units: UNITS, months: MONTHS, draws, prior, caps }, [t(null, '202310', '202311', 9)]);
    fitted.forEach((row, u) => row.forEach((v, m) => expect(v).toBeLessThanOrEqual(caps[u]![m]!)));
    expect(sum(fitted, [0, 1, 2], 2, 3)).toBe(9);
    expect(fitted.map((row) => row.slice(0, 2))).toEqual(draws.map((row) => row.slice(0, 2)));
  });

  it('throws when the targets contradict each other', () => {
    expect(() =>
      fitSeries({ units: UNITS, months: MONTHS, draws, prior }, [
        t(null, '202311', '202311', 5),
        t(null, '202310', '202311', 3),
      ]),
    ).toThrow(/cannot be met/);
  });
});
