/**
 * The count series a threshold is judged on, for a unit over org units that change over time: a unit's history is
 * its own subtree's values and those of every unit it succeeded (transitively), so Quảng Ngãi's weeks before
 * 01/07/2025 are Kon Tum's. Missing periods stay null, never zero.
 */
import type { OrgUnit } from '../metadata/types.ts';
import { historyRoots } from '../analytics/history.ts';
import { descendantsOf } from '../orgunit/tree.ts';

/** Stored counts by unit code, then by period code. */
export type CountsByUnit = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The unit, the units it succeeded (transitively), and everything below each of them. */
export function historyUnits(units: readonly OrgUnit[], code: string): Set<string> {
  const out = new Set<string>();
  for (const root of historyRoots(units, code)) for (const u of descendantsOf(units, root)) out.add(u.code);
  return out;
}

/** Each period's sum over the contributing units that reported it; null when none did. */
export function seriesOf(periods: readonly string[], contributing: ReadonlySet<string>, counts: CountsByUnit): (number | null)[] {
  const maps = [...contributing].map((u) => counts.get(u)).filter((m) => m !== undefined);
  return periods.map((p) => {
    let sum: number | null = null;
    for (const m of maps) {
      const v = m.get(p);
      if (v !== undefined) sum = (sum ?? 0) + v;
    }
    return sum;
  });
}
