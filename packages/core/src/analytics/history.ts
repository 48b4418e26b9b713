/**
 * A unit's history over mergers: itself and every unit it succeeded, transitively. Its cells before it opened read
 * their values (Quảng Ngãi's months before 07/2025 are Kon Tum's), so a series runs unbroken through a merger. Both
 * the analytics and `/api/aggregate` read a unit's values through this one notion.
 */
import type { OrgUnit } from '../metadata/types.ts';

/**
 * A lookup of histories over one list of units: the unit's code followed by the codes of the units it succeeded,
 * transitively (breadth first, each once). Build it once for many units.
 */
export function historyIndex(units: readonly Pick<OrgUnit, 'code' | 'successors'>[]): (code: string) => string[] {
  const predecessorsOf = new Map<string, string[]>();
  for (const u of units) for (const s of u.successors) predecessorsOf.set(s, [...(predecessorsOf.get(s) ?? []), u.code]);
  return (code) => {
    const roots: string[] = [];
    const queue = [code];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (roots.includes(next)) continue;
      roots.push(next);
      queue.push(...(predecessorsOf.get(next) ?? []));
    }
    return roots;
  };
}

/** The unit's code followed by the codes of the units it succeeded, transitively (breadth first, each once). */
export function historyRoots(units: readonly Pick<OrgUnit, 'code' | 'successors'>[], code: string): string[] {
  return historyIndex(units)(code);
}

/**
 * The subtree paths that hold a history's values: each root's path, less those inside another's (Kon Tum's districts
 * succeeded by Quảng Ngãi lie inside Kon Tum), so no stored value is read twice.
 */
export function disjointPaths(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const out: string[] = [];
  for (const path of sorted) if (!out.some((p) => path.startsWith(p))) out.push(path);
  return out;
}
