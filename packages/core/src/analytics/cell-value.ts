/**
 * One item's value over one range from its fetched series: the semantics of `/api/aggregate` and of every analytics
 * cell. A SUM element is the total of the stored periods in the range, counted once across period types; a LAST
 * element each unit's own latest value in the range, summed over units; an indicator evaluates its expression with
 * each reference aggregated the same way first, rounded to the indicator's decimals. Null: no stored value.
 */
import { aggregateOverTime, evaluateIndicator, lastPeriodPerUnit, roundTo } from '../aggregate/index.ts';
import type { PeriodRange, PeriodValue, UnitPeriodValue } from '../aggregate/index.ts';
import type { AggregationType } from '../metadata/types.ts';
import type { PeriodType } from '../period/index.ts';

/** The stored rows of one series over a subtree: summed per period (SUM), or kept per unit and period (LAST). */
export type SeriesRows = ({ last: false; rows: readonly PeriodValue[] } | { last: true; rows: readonly UnitPeriodValue[] }) & {
  sourcePeriodTypes: readonly PeriodType[];
};

/** What an indicator cell needs of its item: the expression, decimals and each referenced element's aggregation. */
export interface IndicatorDef {
  expression: string;
  decimals: number;
  aggregationTypeOf(element: string): AggregationType;
}

/** SUM: the total over the range; LAST: each unit's own latest value in the range, summed over units. */
export function seriesValue(series: SeriesRows | undefined, range: PeriodRange): number | null {
  if (!series) return null;
  const sources = { sourcePeriodTypes: series.sourcePeriodTypes };
  return series.last ? lastPeriodPerUnit(series.rows, range, sources) : aggregateOverTime(series.rows, 'SUM', range, sources);
}

/**
 * The indicator, rounded to its decimals. Each reference (`ELEMENT` or `ELEMENT.OPTION`, as `seriesOf` is keyed; the
 * range lets it hand over only the rows that range may read) is
 * handed over already aggregated by `seriesValue`, as one row inside its range, so a LAST element counts the same
 * inside an indicator as on its own (a late unit's last figure still counts).
 */
export function indicatorValue(
  indicator: IndicatorDef, seriesOf: (key: string, range: PeriodRange) => SeriesRows | undefined, range: PeriodRange,
): number | null {
  const value = evaluateIndicator(
    indicator,
    {
      aggregationTypeOf: (element) => indicator.aggregationTypeOf(element),
      rows: (request) => {
        const key = request.option === undefined ? request.element : `${request.element}.${request.option}`;
        const total = seriesValue(seriesOf(key, request.range), request.range);
        return total === null ? [] : [{ period: request.range.from.code, value: total }];
      },
    },
    range,
  );
  return value === null ? null : roundTo(value, indicator.decimals);
}
