import {
  aggregateOverTime,
  evaluateIndicator,
  indicatorRequests,
  lastPeriodPerUnit,
  roundTo,
  type PeriodRange,
  type PeriodValue,
  type UnitPeriodValue,
} from '@syt/core/aggregate/index.ts';
import { firstStoredDay, type PeriodType } from '@syt/core/period/index.ts';
import type { Executor } from '../metadata/upsert.ts';
import { sumPerPeriod, sumPerUnitAndPeriod, type WorkflowRowStatus } from './aggregate.repository.ts';
import { seriesKey, type Item, type SeriesRef } from './item.service.ts';

/** An org-unit subtree as the queries filter it: its path, and its province root's id. */
export interface Subtree {
  provinceId: number;
  path: string;
}

/** Rows fetched for one series: summed over the subtree per period (SUM), or kept per unit (LAST). */
type Fetched = ({ last: false; rows: PeriodValue[] } | { last: true; rows: UnitPeriodValue[] }) & { sourcePeriodTypes: readonly PeriodType[] };

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
  db: Executor, subtree: Subtree, item: Item, ranges: PeriodRange[], options: { countedStatuses?: readonly WorkflowRowStatus[] } = {},
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

async function fetchSeries(db: Executor, subtree: Subtree, need: Need, countedStatuses: readonly WorkflowRowStatus[] | undefined): Promise<Fetched> {
  const query = {
    ...subtree,
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

/** SUM: the total over the range; LAST: each unit's own latest value in the range, summed over units. */
function seriesValue(fetched: Fetched, range: PeriodRange): number | null {
  const sources = { sourcePeriodTypes: fetched.sourcePeriodTypes };
  return fetched.last ? lastPeriodPerUnit(fetched.rows, range, sources) : aggregateOverTime(fetched.rows, 'SUM', range, sources);
}

/**
 * The indicator, rounded to its decimals. Each reference is handed over already aggregated by `seriesValue`, as one
 * row inside its range, so a LAST element counts the same inside an indicator as on its own (a late unit's last
 * figure still counts) rather than only the units that reported the latest period.
 */
function indicatorValue(item: Extract<Item, { kind: 'indicator' }>, fetched: Map<string, Fetched>, range: PeriodRange) {
  const series = [...item.series.values()];
  const value = evaluateIndicator(
    item,
    {
      aggregationTypeOf: (element) => series.find((s) => s.element === element)!.aggregationType,
      rows: (request) => {
        const total = seriesValue(fetched.get(seriesKey(request.element, request.option))!, request.range);
        return total === null ? [] : [{ period: request.range.from.code, value: total }];
      },
    },
    range,
  );
  return value === null ? null : roundTo(value, item.decimals);
}
