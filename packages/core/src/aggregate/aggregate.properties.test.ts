/** Laws of aggregation over time, over arbitrary monthly rows and ranges. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPeriod, nextPeriod, shiftPeriod } from '../period/index.ts';
import { aggregateOverTime, lastPeriodPerUnit, sumByPeriod } from './over-time.ts';
import type { PeriodRange, PeriodValue, UnitPeriodValue } from './types.ts';

const JAN_2023 = createPeriod('Monthly', 2023, 1);
const MONTHS = 36;
const monthAt = (i: number) => shiftPeriod(JAN_2023, i);

/** At most one row per month (the SQL groups by period), within 2023–2025. */
const rowsArb: fc.Arbitrary<PeriodValue[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: MONTHS - 1 }), { maxLength: MONTHS })
  .chain((months) =>
    fc
      .tuple(...months.map(() => fc.integer({ min: 0, max: 10_000 })))
      .map((values) => months.map((m, i) => ({ period: monthAt(m).code, value: values[i]! }))),
  );

/** A range within the years, split at `mid`: from..mid and next(mid)..to. */
const splitArb = fc
  .uniqueArray(fc.integer({ min: 0, max: MONTHS - 1 }), { minLength: 2, maxLength: 2 })
  .chain((ends) => {
    const [a, b] = [Math.min(...ends), Math.max(...ends)];
    return fc.integer({ min: a, max: b - 1 }).map((mid) => ({
      range: { from: monthAt(a), to: monthAt(b) } as PeriodRange,
      first: { from: monthAt(a), to: monthAt(mid) } as PeriodRange,
      second: { from: nextPeriod(monthAt(mid)), to: monthAt(b) } as PeriodRange,
    }));
  });

const addNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

describe('aggregation laws', () => {
  it('SUM over a range = SUM over the parts of a split', () => {
    fc.assert(
      fc.property(rowsArb, splitArb, (rows, { range, first, second }) => {
        const whole = aggregateOverTime(rows, 'SUM', range);
        expect(whole).toBe(addNullable(aggregateOverTime(rows, 'SUM', first), aggregateOverTime(rows, 'SUM', second)));
      }),
    );
  });

  it('LAST over a range = LAST over its last non-empty part', () => {
    fc.assert(
      fc.property(rowsArb, splitArb, (rows, { range, first, second }) => {
        const later = aggregateOverTime(rows, 'LAST', second);
        expect(aggregateOverTime(rows, 'LAST', range)).toBe(later ?? aggregateOverTime(rows, 'LAST', first));
      }),
    );
  });

  it('aggregating nothing is null, for both types', () => {
    fc.assert(
      fc.property(splitArb, ({ range }) => {
        expect(aggregateOverTime([], 'SUM', range)).toBeNull();
        expect(aggregateOverTime([], 'LAST', range)).toBeNull();
        expect(lastPeriodPerUnit([], range)).toBeNull();
      }),
    );
  });

  it('SUM of a subtree = sum over its units, whether SQL sums first or not', () => {
    const unitsArb = fc.array(rowsArb, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(unitsArb, splitArb, (units, { range }) => {
        const unitRows: UnitPeriodValue[] = units.flatMap((rows, u) => rows.map((r) => ({ ...r, orgUnit: `U${u}` })));
        const perUnit = units.map((rows) => aggregateOverTime(rows, 'SUM', range)).reduce(addNullable, null);
        expect(aggregateOverTime(sumByPeriod(unitRows), 'SUM', range)).toBe(perUnit);
      }),
    );
  });

  it('lastPeriodPerUnit of one unit = LAST of its rows', () => {
    fc.assert(
      fc.property(rowsArb, splitArb, (rows, { range }) => {
        const unitRows = rows.map((r) => ({ ...r, orgUnit: 'U' }));
        expect(lastPeriodPerUnit(unitRows, range)).toBe(aggregateOverTime(rows, 'LAST', range));
      }),
    );
  });
});
