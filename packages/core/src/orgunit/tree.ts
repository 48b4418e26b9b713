/** Pure helpers over a flat list of org units: hierarchy, canonical order, validity in time, successors. */
import type { IsoDate, OrgUnit } from '../metadata/types.ts';

export interface OrgUnitNode {
  unit: OrgUnit;
  /** Children in canonical order (sortOrder, then code). */
  children: OrgUnitNode[];
}

/** Whether a unit is an area of the breakdown (a province, district, commune) rather than a health unit beside them. */
export const isArea = (unit: Pick<OrgUnit, 'type'>): boolean => (unit.type ?? 'AREA') === 'AREA';

const bySiblingOrder = (a: OrgUnit, b: OrgUnit) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

function indexByCode(units: readonly OrgUnit[]): Map<string, OrgUnit> {
  return new Map(units.map((u) => [u.code, u]));
}

function childrenByParent(units: readonly OrgUnit[]): Map<string | null, OrgUnit[]> {
  const codes = new Set(units.map((u) => u.code));
  const map = new Map<string | null, OrgUnit[]>();
  for (const u of units) {
    // A unit whose parent is not in the list is treated as a root.
    const key = u.parent !== null && codes.has(u.parent) ? u.parent : null;
    map.set(key, [...(map.get(key) ?? []), u]);
  }
  for (const list of map.values()) list.sort(bySiblingOrder);
  return map;
}

/** Nested nodes, roots and children sorted by sortOrder; units whose parent is absent become roots. */
export function buildTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const children = childrenByParent(units);
  const seen = new Set<string>();
  const build = (unit: OrgUnit): OrgUnitNode => {
    seen.add(unit.code);
    const kids = (children.get(unit.code) ?? []).filter((c) => !seen.has(c.code));
    return { unit, children: kids.map(build) };
  };
  return (children.get(null) ?? []).map(build);
}

/** Whether the unit exists on the date (opening and closing dates inclusive). */
export function isOpenOn(unit: Pick<OrgUnit, 'openingDate' | 'closingDate'>, isoDate: IsoDate): boolean {
  return unit.openingDate <= isoDate && (unit.closingDate === null || isoDate <= unit.closingDate);
}

/** The units that exist on the date, in input order. */
export function unitsOpenOn(units: readonly OrgUnit[], isoDate: IsoDate): OrgUnit[] {
  return units.filter((u) => isOpenOn(u, isoDate));
}

/** The unit and everything below it, depth first in canonical order; empty when the code is unknown. */
export function descendantsOf(units: readonly OrgUnit[], code: string): OrgUnit[] {
  const root = indexByCode(units).get(code);
  if (!root) return [];
  const children = childrenByParent(units);
  const out: OrgUnit[] = [];
  const seen = new Set<string>();
  const visit = (u: OrgUnit) => {
    if (seen.has(u.code)) return;
    seen.add(u.code);
    out.push(u);
    (children.get(u.code) ?? []).forEach(visit);
  };
  visit(root);
  return out;
}

/** Ancestors of `code` found through `byCode`, root first; stops at a missing parent or a cycle. */
function ancestorChain(byCode: ReadonlyMap<string, OrgUnit>, code: string): OrgUnit[] {
  const out: OrgUnit[] = [];
  const seen = new Set([code]);
  let parent = byCode.get(code)?.parent ?? null;
  while (parent !== null && !seen.has(parent)) {
    const unit = byCode.get(parent);
    if (!unit) break;
    seen.add(parent);
    out.push(unit);
    parent = unit.parent;
  }
  return out.reverse();
}

/** The unit's ancestors, root first, without the unit itself. */
export function ancestorsOf(units: readonly OrgUnit[], code: string): OrgUnit[] {
  return ancestorChain(indexByCode(units), code);
}

/** Whether `code` is `ancestorCode` or lies below it. */
export function isWithin(units: readonly OrgUnit[], code: string, ancestorCode: string): boolean {
  return code === ancestorCode || ancestorsOf(units, code).some((u) => u.code === ancestorCode);
}

/** Sorted by level, then by the path of sibling positions from the root (the province's order for lists). */
export function sortCanonical(units: readonly OrgUnit[]): OrgUnit[] {
  const byCode = indexByCode(units);
  const paths = new Map(units.map((u) => [u.code, [...ancestorChain(byCode, u.code), u]]));
  const comparePaths = (a: OrgUnit[], b: OrgUnit[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = bySiblingOrder(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  };
  return [...units].sort((a, b) => a.level - b.level || comparePaths(paths.get(a.code)!, paths.get(b.code)!));
}

/**
 * The units open on `isoDate` that cover the area of `code`: itself when open, else its successors,
 * followed transitively through units closed by then. Codes in canonical order; empty when the unit
 * did not exist yet on that date or its successors are unknown.
 */
export function successorsOn(units: readonly OrgUnit[], code: string, isoDate: IsoDate): string[] {
  const byCode = indexByCode(units);
  const found = new Map<string, OrgUnit>();
  const seen = new Set<string>();
  const queue = [byCode.get(code)].filter((u) => u !== undefined);
  for (let unit = queue.shift(); unit; unit = queue.shift()) {
    if (seen.has(unit.code)) continue;
    seen.add(unit.code);
    if (isOpenOn(unit, isoDate)) found.set(unit.code, unit);
    else if (unit.closingDate !== null && unit.closingDate < isoDate) {
      for (const s of unit.successors) {
        const next = byCode.get(s);
        if (next) queue.push(next);
      }
    }
  }
  return sortCanonical([...found.values()]).map((u) => u.code);
}
