/** Test-only fast-check generators for periods; not exported from the package. */
import fc from 'fast-check';
import { PERIOD_TYPES } from '../metadata/types.ts';
import { createPeriod, periodsInYear } from './create.ts';
import { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, type Period, type PeriodType } from './period-types.ts';

/** Any supported period of the given type (or any type), with its year in the given bounds. */
export function periodArb(
  options: { type?: PeriodType; minYear?: number; maxYear?: number } = {},
): fc.Arbitrary<Period> {
  const { minYear = MIN_PERIOD_YEAR, maxYear = MAX_PERIOD_YEAR } = options;
  const typeArb = options.type ? fc.constant(options.type) : fc.constantFrom(...PERIOD_TYPES);
  return fc
    .tuple(typeArb, fc.integer({ min: minYear, max: maxYear }))
    .chain(([type, year]) =>
      fc.integer({ min: 1, max: periodsInYear(type, year) }).map((index) => createPeriod(type, year, index)),
    );
}

/** A step count covering about `years` years of periods of the given type. */
export function stepsArb(type: PeriodType, years: number, allowNegative = true): fc.Arbitrary<number> {
  const max = years * (type === 'Weekly' ? 52 : periodsInYear(type, 2001));
  return fc.integer({ min: allowNegative ? -max : 0, max });
}
