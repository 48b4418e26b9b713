/** Indicators over a period range: each reference aggregated over time by its element's type, then the expression. */
import {
  evaluateMissingAsZero,
  formatRef,
  parseExpression,
  referencesOf,
  type ExpressionLookup,
  type ExpressionRef,
} from '../expression/index.ts';
import type { AggregationType, Indicator } from '../metadata/types.ts';
import { aggregateOverTime } from './over-time.ts';
import { daysInRange, shiftRange } from './ranges.ts';
import type { PeriodRange, PeriodValue } from './types.ts';

/** Stored rows the server must supply for one reference of an expression. */
export interface RowRequest {
  element: string;
  /** One option combo; absent means summed over all the element's option combos. */
  option?: string;
  /** Already shifted by the reference's `periodOffset`. */
  range: PeriodRange;
}

/** Where `evaluateIndicator` reads metadata and stored figures. */
export interface IndicatorData {
  /** The element's aggregation type over time (from its metadata). */
  aggregationTypeOf(element: string): AggregationType;
  /**
   * Rows of the element (one option combo when asked, else summed over combos), summed over the org-unit subtree
   * and grouped by stored period; rows outside `request.range` may be included and are ignored.
   */
  rows(request: RowRequest): readonly PeriodValue[];
}

function requestOf(ref: ExpressionRef, range: PeriodRange): RowRequest {
  const request: RowRequest = { element: ref.element, range: shiftRange(range, ref.periodOffset ?? 0) };
  if (ref.option !== undefined) request.option = ref.option;
  return request;
}

/** The distinct row requests an indicator makes for a range, so the server can fetch them in one go. */
export function indicatorRequests(indicator: Pick<Indicator, 'expression'>, range: PeriodRange): RowRequest[] {
  return referencesOf(parseExpression(indicator.expression)).map((ref) => requestOf(ref, range));
}

/**
 * The indicator's unrounded value over the range (round with `roundTo(value, indicator.decimals)`).
 * `[days]` is the days of the range (202401..202402 → 60). Missing references count as 0 unless all are missing,
 * then null (`evaluateMissingAsZero`); division by zero is null. Throws `ExpressionParseError` on a bad expression.
 */
export function evaluateIndicator(
  indicator: Pick<Indicator, 'expression'>,
  data: IndicatorData,
  range: PeriodRange,
): number | null {
  const lookup: ExpressionLookup = {
    days: daysInRange(range),
    value: (ref) => {
      const request = requestOf(ref, range);
      return aggregateOverTime(data.rows(request), data.aggregationTypeOf(ref.element), request.range);
    },
  };
  return evaluateMissingAsZero(parseExpression(indicator.expression), lookup);
}

/** A stable text key for a request (`#{E.O}@202401..202403`), for maps of fetched rows. */
export function requestKey(request: RowRequest): string {
  const ref: ExpressionRef = { element: request.element };
  if (request.option !== undefined) ref.option = request.option;
  return `${formatRef(ref)}@${request.range.from.code}..${request.range.to.code}`;
}
