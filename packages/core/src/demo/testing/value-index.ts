/** Test support: sums over generated data values by element, option combo, org unit and period range. */
import type { DataValue } from '../../datavalue/types.ts';

export interface SumQuery {
  element: string;
  /** Absent: every option combo. */
  combo?: string | null;
  /** Absent: every org unit (for a district element, the province total). */
  unit?: string | null;
  from: string;
  to: string;
}

export interface ValueIndex {
  sum(q: SumQuery): number;
  /** The stored value of one cell, or undefined when none is stored. */
  get(element: string, combo: string, unit: string, period: string): number | undefined;
  /** Every stored cell of an element, as [combo, unit, period, value]. */
  cells(element: string): [string, string, string, number][];
}

/** Indexes data values for the tests. */
export function indexValues(values: readonly DataValue[]): ValueIndex {
  const byElement = new Map<string, [string, string, string, number][]>();
  const byKey = new Map<string, number>();
  for (const v of values) {
    const cell: [string, string, string, number] = [v.categoryOptionCombo, v.orgUnit, v.period, Number(v.value)];
    byElement.set(v.dataElement, [...(byElement.get(v.dataElement) ?? []), cell]);
    byKey.set([v.dataElement, ...cell.slice(0, 3)].join('|'), cell[3]);
  }
  return {
    sum: (q) =>
      (byElement.get(q.element) ?? [])
        .filter(
          ([c, u, p]) =>
            (q.combo == null || c === q.combo) && (q.unit == null || u === q.unit) && p >= q.from && p <= q.to,
        )
        .reduce((s, [, , , v]) => s + v, 0),
    get: (element, combo, unit, period) => byKey.get([element, combo, unit, period].join('|')),
    cells: (element) => byElement.get(element) ?? [],
  };
}
