/** The `pe` dimension: period codes and relative periods resolved to distinct periods, never weeks and months mixed. */
import { tryParsePeriod, type Period } from '../period/index.ts';
import { AnalyticsQueryError } from './errors.ts';
import { isRelativePeriod, resolveRelativePeriod } from './relative-periods.ts';

/**
 * The query's periods in the order written (a relative period expands in place, oldest first), each once.
 * Throws `AnalyticsQueryError` naming the item: an unknown code, or a week beside a calendar period (a week is no
 * part of a month: period/count-once.ts).
 */
export function resolvePeriods(items: readonly string[], today: string): Period[] {
  if (items.length === 0) throw new AnalyticsQueryError('EMPTY_DIMENSION', 'pe', '');
  const out = new Map<string, Period>();
  for (const item of items) {
    const periods = isRelativePeriod(item) ? resolveRelativePeriod(item, today) : [tryParsePeriod(item)];
    for (const period of periods) {
      if (!period) throw new AnalyticsQueryError('UNKNOWN_ITEM', 'pe', item);
      const first = out.values().next().value;
      if (first && (first.type === 'Weekly') !== (period.type === 'Weekly')) throw new AnalyticsQueryError('MIXED_PERIODS', 'pe', item);
      if (!out.has(period.code)) out.set(period.code, period);
    }
  }
  return [...out.values()];
}
