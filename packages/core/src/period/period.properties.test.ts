/** The laws of period arithmetic, checked over arbitrary valid periods of every type. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_TYPES } from '../metadata/types.ts';
import { comparePeriods, nextPeriod, previousPeriod, samePeriodLastYear, shiftPeriod } from './arithmetic.ts';
import { formatPeriod } from './format.ts';
import { addDays, toDayNumber } from './iso-date.ts';
import { isoWeeksInYear } from './iso-week.ts';
import { periodContains, periodForDate } from './locate.ts';
import { parsePeriod } from './parse.ts';
import { daysInPeriod, monthsOf, periodsBetween, yearToDate } from './ranges.ts';
import { periodArb, stepsArb } from './period.arbitraries.ts';

// Keep one period of room at both ends so next/previous stay in range.
const inner = periodArb({ minYear: 1901, maxYear: 2998 });

describe('period laws', () => {
  it('parse ∘ format = id', () => {
    fc.assert(
      fc.property(periodArb(), (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });

  it('previous ∘ next = id = next ∘ previous', () => {
    fc.assert(
      fc.property(inner, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(nextPeriod(previousPeriod(p))).toEqual(p);
      }),
    );
  });

  it('the next period starts the day after this one ends', () => {
    fc.assert(
      fc.property(inner, (p) => {
        expect(nextPeriod(p).startDate).toBe(addDays(p.endDate, 1));
      }),
    );
  });

  it('daysInPeriod = end − start + 1', () => {
    fc.assert(
      fc.property(periodArb(), (p) => {
        expect(daysInPeriod(p)).toBe(toDayNumber(p.endDate) - toDayNumber(p.startDate) + 1);
        expect(daysInPeriod(p)).toBeGreaterThanOrEqual(7);
      }),
    );
  });

  it('every day of a period locates that period', () => {
    fc.assert(
      fc.property(periodArb(), fc.nat(), (p, n) => {
        const date = addDays(p.startDate, n % daysInPeriod(p));
        expect(periodForDate(p.type, date)).toEqual(p);
        expect(periodContains(p, date)).toBe(true);
      }),
    );
  });

  for (const type of PERIOD_TYPES) {
    const within = periodArb({ type, minYear: 1990, maxYear: 2900 });

    it(`shift(p, a + b) = shift(shift(p, a), b) for ${type}`, () => {
      fc.assert(
        fc.property(within, stepsArb(type, 40), stepsArb(type, 40), (p, a, b) => {
          expect(shiftPeriod(p, a + b)).toEqual(shiftPeriod(shiftPeriod(p, a), b));
        }),
      );
    });

    it(`periodsBetween(p, shift(p, n)) has n + 1 periods for ${type}`, () => {
      fc.assert(
        fc.property(within, stepsArb(type, 40, false), (p, n) => {
          const run = periodsBetween(p, shiftPeriod(p, n));
          expect(run).toHaveLength(n + 1);
          expect(run[0]).toEqual(p);
        }),
        { numRuns: 50 },
      );
    });
  }

  it('orders a period before its successor', () => {
    fc.assert(
      fc.property(inner, (p) => {
        expect(comparePeriods(p, nextPeriod(p))).toBe(-1);
      }),
    );
  });

  it('same period last year is one year earlier, same type and position (weeks clamped)', () => {
    fc.assert(
      fc.property(inner, (p) => {
        const q = samePeriodLastYear(p);
        expect([q.type, q.year]).toEqual([p.type, p.year - 1]);
        expect(q.index).toBe(p.type === 'Weekly' ? Math.min(p.index, isoWeeksInYear(q.year)) : p.index);
      }),
    );
  });

  it('year to date starts at index 1 of the same year and ends at p', () => {
    fc.assert(
      fc.property(periodArb(), (p) => {
        const { from, to } = yearToDate(p);
        expect([from.type, from.year, from.index]).toEqual([p.type, p.year, 1]);
        expect(to).toEqual(p);
      }),
    );
  });

  it('the months of a non-weekly period tile it exactly', () => {
    fc.assert(
      fc.property(
        periodArb().filter((p) => p.type !== 'Weekly'),
        (p) => {
          const months = monthsOf(p);
          expect(months[0]?.startDate).toBe(p.startDate);
          expect(months.at(-1)?.endDate).toBe(p.endDate);
        },
      ),
    );
  });
});
