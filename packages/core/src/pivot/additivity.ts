/**
 * Whether a total is true: a sum over data items only of counts, over units only of items additive on units and
 * units none of which lies under another, over periods only of items additive in time and periods that do not overlap.
 */
import type { AnalyticsTable, DataItemMeta, Dimension } from '../api/analytics.ts';
import { pivotWords } from '../vi/pivot-words.ts';

const w = pivotWords.notAdditive;

/** A count: summable with other counts, across units and in time. */
function isCount(d: DataItemMeta): boolean {
  return (d.kind === 'element' || d.kind === 'option') && d.additive.ou && d.additive.pe;
}

const isRate = (d: DataItemMeta) => d.kind === 'indicator' || d.kind === 'achievement';

/** Whether no two of the periods overlap (dates are ISO, so they compare as strings). */
export function periodsDisjoint(periods: readonly { startDate: string; endDate: string }[]): boolean {
  const sorted = [...periods].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  return sorted.every((p, i) => i === 0 || sorted[i - 1]!.endDate < p.startDate);
}

/** Asked for every total cell of a grid: answered once per table. */
const disjointByTable = new WeakMap<AnalyticsTable, boolean>();
function tablePeriodsDisjoint(table: AnalyticsTable): boolean {
  let known = disjointByTable.get(table);
  if (known === undefined) disjointByTable.set(table, (known = periodsDisjoint(table.items.pe)));
  return known;
}

/**
 * Null when summing the cells of `dataItems` over the `free` dimensions gives a true total; otherwise the reason
 * it does not. A free dimension with one item sums nothing and is always true.
 */
export function refusal(
  table: AnalyticsTable,
  dataItems: readonly DataItemMeta[],
  free: readonly Dimension[],
): string | null {
  const summed = (d: Dimension) => free.includes(d) && table.items[d].length > 1;
  if (summed('dx') && !dataItems.every(isCount)) {
    const rate = dataItems.find(isRate);
    return rate ? w.rate(rate.name) : w.mixedItems;
  }
  if (summed('ou')) {
    const item = dataItems.find((d) => !d.additive.ou);
    if (item) return isRate(item) ? w.rate(item.name) : w.overUnits(item.name);
    if (!table.ouDisjoint) return w.nestedUnits;
  }
  if (summed('pe')) {
    const item = dataItems.find((d) => !d.additive.pe);
    if (item) return isRate(item) ? w.rate(item.name) : w.overPeriods(item.name);
    if (!tablePeriodsDisjoint(table)) return w.overlappingPeriods;
  }
  return null;
}
