/**
 * From the rows one grouped query returns (element × option combo × history root × stored period, and the stored unit
 * for LAST elements) to each output unit's series: an output unit sums the rows of its history roots.
 */
import type { PeriodValue, UnitPeriodValue } from '../aggregate/index.ts';
import type { PeriodType } from '../period/index.ts';
import type { SeriesRows } from './cell-value.ts';

/** One grouped row, by codes. `leaf` is the stored unit for LAST elements, null for SUM ones. */
export interface GroupedRow {
  element: string;
  option: string;
  root: string;
  period: string;
  leaf: string | null;
  value: number;
}

/** A series the query reads: an element, all its option combos or one. */
export interface SeriesDef {
  /** `ELEMENT` or `ELEMENT.OPTION`. */
  key: string;
  element: string;
  /** The option combo codes it sums. */
  options: readonly string[];
  last: boolean;
  sourcePeriodTypes: readonly PeriodType[];
}

/**
 * Each output unit's series by key: `roots` gives an output unit's disjoint history roots. The rows are indexed once
 * by root, element and option combo, and each stored period numbered once, so a province's series over every
 * commune adds numbers into an array instead of building a key per row.
 */
export function seriesByUnit(
  rows: readonly GroupedRow[],
  series: readonly SeriesDef[],
  roots: ReadonlyMap<string, readonly string[]>,
): Map<string, Map<string, SeriesRows>> {
  const index = indexRows(rows);
  const out = new Map<string, Map<string, SeriesRows>>();
  const sums = new Float64Array(index.periods.length);
  const seen = new Uint8Array(index.periods.length);
  for (const [unit, unitRoots] of roots) {
    const own = new Map<string, SeriesRows>();
    for (const s of series) {
      const lists = pick(index.byRoot, unitRoots, s);
      if (lists.length === 0) continue;
      own.set(s.key, s.last ? lastRows(lists, s) : sumRows(lists, s, index.periods, sums, seen));
    }
    out.set(unit, own);
  }
  return out;
}

/** Grouped rows of one root, element and option combo, with the number of each row's stored period. */
interface RowList {
  rows: GroupedRow[];
  periods: number[];
}

/** Rows by root, element and option combo; each distinct period code numbered in order of first appearance. */
function indexRows(rows: readonly GroupedRow[]) {
  const periods: string[] = [];
  const periodIndex = new Map<string, number>();
  const byRoot = new Map<string, Map<string, Map<string, RowList>>>();
  for (const row of rows) {
    let period = periodIndex.get(row.period);
    if (period === undefined) {
      period = periods.push(row.period) - 1;
      periodIndex.set(row.period, period);
    }
    let elements = byRoot.get(row.root);
    if (!elements) byRoot.set(row.root, (elements = new Map()));
    let options = elements.get(row.element);
    if (!options) elements.set(row.element, (options = new Map()));
    let list = options.get(row.option);
    if (!list) options.set(row.option, (list = { rows: [], periods: [] }));
    list.rows.push(row);
    list.periods.push(period);
  }
  return { periods, byRoot };
}

/** The row lists a series reads at a unit: its element's rows of the series' option combos at each root. */
function pick(
  byRoot: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, RowList>>>,
  roots: readonly string[],
  s: SeriesDef,
): RowList[] {
  const lists: RowList[] = [];
  for (const root of roots) {
    const options = byRoot.get(root)?.get(s.element);
    if (!options) continue;
    for (const option of new Set(s.options)) {
      const list = options.get(option);
      if (list) lists.push(list);
    }
  }
  return lists;
}

/** SUM: one row per stored period, the total over the lists. */
function sumRows(
  lists: readonly RowList[],
  s: SeriesDef,
  periods: readonly string[],
  sums: Float64Array,
  seen: Uint8Array,
): SeriesRows {
  const order: number[] = [];
  for (const { rows, periods: numbers } of lists) {
    for (let i = 0; i < rows.length; i++) {
      const period = numbers[i]!;
      const value = rows[i]!.value;
      if (seen[period]) sums[period] = sums[period]! + value;
      else {
        seen[period] = 1;
        sums[period] = value;
        order.push(period);
      }
    }
  }
  const values: PeriodValue[] = order.map((p) => {
    seen[p] = 0;
    return { period: periods[p]!, value: sums[p]! };
  });
  return { last: false, rows: values, sourcePeriodTypes: s.sourcePeriodTypes };
}

/** LAST: one row per stored unit and period, summed over option combos. */
function lastRows(lists: readonly RowList[], s: SeriesDef): SeriesRows {
  const totals = new Map<string, UnitPeriodValue>();
  for (const list of lists) {
    for (const row of list.rows) {
      const leaf = row.leaf ?? row.root;
      const k = `${leaf}\u0000${row.period}`;
      const t = totals.get(k);
      if (t) t.value += row.value;
      else totals.set(k, { orgUnit: leaf, period: row.period, value: row.value });
    }
  }
  return { last: true, rows: [...totals.values()], sourcePeriodTypes: s.sourcePeriodTypes };
}
