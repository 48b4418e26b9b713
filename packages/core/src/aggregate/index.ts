/** Aggregation semantics over time, indicators over period ranges, rounding and comparisons for reports. */
export type { OptionPeriodValue, PeriodRange, PeriodValue, UnitPeriodValue } from './types.ts';
export {
  daysInRange,
  monthRange,
  samePeriodLastYearRange,
  shiftRange,
  startsInRange,
  yearToDateRange,
} from './ranges.ts';
export { aggregateOverTime, aggregatePerOption, lastPeriodPerUnit, sumByPeriod, type SourceOptions } from './over-time.ts';
export { evaluateIndicator, indicatorRequests, requestKey, type IndicatorData, type RowRequest } from './indicator.ts';
export { roundTo } from './round.ts';
export { comparisons, type Comparison } from './comparisons.ts';
