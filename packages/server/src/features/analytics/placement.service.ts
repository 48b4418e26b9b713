/**
 * Where each stored unit's values go in one grouped read: to the nearest history root above it, so a value is read
 * once however many output units hold it; an output unit then adds up the groups of the roots inside its history.
 */
import type { UnitRow } from './analytics.repository.ts';

export interface Placement {
  /** Each unit under some root, with the id of its nearest root. */
  placed: { unitId: number; groupId: number }[];
  provinceIds: number[];
  /** For each root code, the codes of the roots at or below it (the groups its total adds up). */
  groupsUnder: Map<string, string[]>;
}

const codesOf = (path: string) => path.split('/').filter(Boolean);

/** The placement of every unit under the roots (codes of units that exist). */
export function placeUnits(units: readonly UnitRow[], roots: ReadonlySet<string>): Placement {
  const byCode = new Map(units.map((u) => [u.unit.code, u]));
  const placed: Placement['placed'] = [];
  const provinces = new Set<number>();
  for (const u of units) {
    const codes = codesOf(u.path);
    const nearest = codes.findLast((c) => roots.has(c));
    if (nearest === undefined) continue;
    placed.push({ unitId: u.id, groupId: byCode.get(nearest)!.id });
    provinces.add(byCode.get(codes[0]!)!.id);
  }
  const groupsUnder = new Map<string, string[]>([...roots].map((r) => [r, []]));
  for (const r of roots) for (const c of codesOf(byCode.get(r)!.path)) groupsUnder.get(c)?.push(r);
  return { placed, provinceIds: [...provinces], groupsUnder };
}
