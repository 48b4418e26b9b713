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

/** Each output unit's series by key: `roots` gives an output unit's disjoint history roots. */
export function seriesByUnit(
  rows: readonly GroupedRow[], series: readonly SeriesDef[], roots: ReadonlyMap<string, readonly string[]>,
): Map<string, Map<string, SeriesRows>> {
  const byRootElement = new Map<string, GroupedRow[]>();
  for (const row of rows) {
    const k = `${row.root}\u0000${row.element}`;
    const list = byRootElement.get(k);
    if (list) list.push(row);
    else byRootElement.set(k, [row]);
  }
  const out = new Map<string, Map<string, SeriesRows>>();
  for (const [unit, unitRoots] of roots) {
    const own = new Map<string, SeriesRows>();
    for (const s of series) {
      const options = new Set(s.options);
      const picked = unitRoots.flatMap((r) => byRootElement.get(`${r}\u0000${s.element}`) ?? []).filter((row) => options.has(row.option));
      if (picked.length) own.set(s.key, summed(picked, s));
    }
    out.set(unit, own);
  }
  return out;
}

function summed(rows: readonly GroupedRow[], s: SeriesDef): SeriesRows {
  const totals = new Map<string, UnitPeriodValue>();
  for (const row of rows) {
    const leaf = s.last ? (row.leaf ?? row.root) : '';
    const k = `${leaf}\u0000${row.period}`;
    const t = totals.get(k);
    if (t) t.value += row.value;
    else totals.set(k, { orgUnit: leaf, period: row.period, value: row.value });
  }
  const values = [...totals.values()];
  if (s.last) return { last: true, rows: values, sourcePeriodTypes: s.sourcePeriodTypes };
  return { last: false, rows: values.map(({ period, value }): PeriodValue => ({ period, value })), sourcePeriodTypes: s.sourcePeriodTypes };
}
