import { indicatorRequests, type PeriodRange } from '@syt/core/aggregate/index.ts';
import { indicatorValue as cellIndicatorValue, seriesValue, type SeriesRows } from '@syt/core/analytics/cell-value.ts';
import { firstStoredDay } from '@syt/core/period/index.ts';
import type { Executor } from '../metadata/upsert.ts';
import { sumPerPeriod, sumPerUnitAndPeriod, type WorkflowRowStatus } from './aggregate.repository.ts';
import { seriesKey, type Item, type SeriesRef } from './item.service.ts';

/**
 * An org-unit subtree as the queries filter it: its path, and its province root's id. A unit's history over mergers
 * is a list of them (aggregate.service.ts `historyOf`).
 */
export interface Subtree {
  provinceId: number;
  path: string;
}

/** Rows fetched for one series: summed over the subtree per period (SUM), or kept per unit (LAST). */
type Fetched = SeriesRows;

/** A series to fetch, and every range it will be aggregated over. */
interface Need {
  series: SeriesRef;
  ranges: PeriodRange[];
}

/**
 * The item's value over each range, computed from the stored rows now. Each series is fetched once, over the span
 * of all the ranges it is read for (rows outside a range are ignored when aggregating it).
 */
export async function itemValues(
  db: Executor, subtree: Subtree | readonly Subtree[], item: Item, ranges: PeriodRange[], options: { countedStatuses?: readonly WorkflowRowStatus[] } = {},
): Promise<(number | null)[]> {
  const needs = item.kind === 'element' ? [{ series: item.series, ranges }] : indicatorNeeds(item, ranges);
  const fetched = new Map(await Promise.all(needs.map(async (n) => [n.series.key, await fetchSeries(db, subtree, n, options.countedStatuses)] as const)));
  if (item.kind === 'element') return ranges.map((range) => seriesValue(fetched.get(item.series.key)!, range));
  return ranges.map((range) => indicatorValue(item, fetched, range));
}

function indicatorNeeds(item: Extract<Item, { kind: 'indicator' }>, ranges: PeriodRange[]): Need[] {
  const needs = new Map<string, Need>();
  for (const range of ranges) {
    for (const request of indicatorRequests(item, range)) {
      const series = item.series.get(seriesKey(request.element, request.option))!;
      const need = needs.get(series.key) ?? { series, ranges: [] };
      need.ranges.push(request.range);
      needs.set(series.key, need);
    }
  }
  return [...needs.values()];
}

async function fetchSeries(db: Executor, subtree: Subtree | readonly Subtree[], need: Need, countedStatuses: readonly WorkflowRowStatus[] | undefined): Promise<Fetched> {
  const query = {
    subtrees: Array.isArray(subtree) ? subtree : [subtree as Subtree],
    countedStatuses,
    elementId: need.series.elementId,
    optionComboIds: need.series.optionComboIds,
    // A calendar range may read a weekly-only element's week begun up to three days before it.
    start: need.ranges.map(firstStoredDay).reduce((a, b) => (b < a ? b : a)),
    end: need.ranges.map((r) => r.to.endDate).reduce((a, b) => (b > a ? b : a)),
  };
  const sourcePeriodTypes = need.series.sourcePeriodTypes;
  return need.series.aggregationType === 'LAST'
    ? { last: true, rows: await sumPerUnitAndPeriod(db, query), sourcePeriodTypes }
    : { last: false, rows: await sumPerPeriod(db, query), sourcePeriodTypes };
}

/** The indicator as the shared cell semantics read it (core/analytics/cell-value.ts). */
function indicatorValue(item: Extract<Item, { kind: 'indicator' }>, fetched: Map<string, Fetched>, range: PeriodRange) {
  const series = [...item.series.values()];
  const indicator = {
    expression: item.expression,
    decimals: item.decimals,
    aggregationTypeOf: (element: string) => series.find((s) => s.element === element)!.aggregationType,
  };
  return cellIndicatorValue(indicator, (key) => fetched.get(key), range);
}
