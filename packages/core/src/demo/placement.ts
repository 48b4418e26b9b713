/** Where each element's demo values go: its option combos and org units, read from the data sets. */
import { comboOptionCombos } from '../metadata/option-combos.ts';
import type { DataElement, MetadataPackage, OrgUnit, OrgUnitPackage } from '../metadata/types.ts';

export interface Placement {
  element: DataElement;
  /** Option-combo codes, in category order. */
  combos: string[];
  /** Org-unit codes, in the province's canonical order. */
  units: string[];
}

/**
 * Places every non-text element at the units its data sets are assigned to. Elements reported only on yearly (or
 * other non-monthly) forms are left out: the monthly models do not write them (`yearly-figures.ts` does).
 */
export function placeElements(pkg: MetadataPackage, orgUnits: OrgUnitPackage): Map<string, Placement> {
  const units = new Map(orgUnits.orgUnits.map((u) => [u.code, u]));
  const order = (codes: Iterable<string>) =>
    [...new Set(codes)].filter((c) => units.has(c)).sort(byCanonicalOrder(units));
  const categories = new Map(pkg.categories.map((c) => [c.code, c]));
  const combos = new Map(pkg.categoryCombos.map((c) => [c.code, c]));
  const placements = new Map<string, Placement>();
  const notMonthly = notMonthlyElements(pkg);
  for (const element of pkg.dataElements) {
    if (element.valueType === 'TEXT' || notMonthly.has(element.code)) continue;
    let assigned = order(assignedUnits(pkg, orgUnits, element.code));
    if (assigned.length === 0) assigned = order(rootsOfAssignments(orgUnits));
    const combo = combos.get(element.categoryCombo);
    const optionCombos = combo ? comboOptionCombos(combo, categories).map((oc) => oc.code) : ['default'];
    placements.set(element.code, { element, combos: optionCombos, units: assigned });
  }
  return placements;
}

/** Elements of some data set, none of them monthly. */
export function notMonthlyElements(pkg: MetadataPackage): Set<string> {
  const elementsOf = (monthly: boolean) =>
    new Set(pkg.dataSets.filter((ds) => (ds.periodType === 'Monthly') === monthly).flatMap((ds) => ds.sections.flatMap((s) => s.dataElements)));
  const monthly = elementsOf(true);
  return new Set([...elementsOf(false)].filter((code) => !monthly.has(code)));
}

// Monthly forms only: the weekly form's units (the province after the merger) get their weeks from `weekly-values.ts`.
function assignedUnits(pkg: MetadataPackage, orgUnits: OrgUnitPackage, element: string): string[] {
  return pkg.dataSets
    .filter((ds) => ds.periodType === 'Monthly' && ds.sections.some((s) => s.dataElements.includes(element)))
    .flatMap((ds) => orgUnits.dataSetAssignments[ds.code] ?? []);
}

/** Top-level units that some data set reaches (the province), for elements in no data set. */
function rootsOfAssignments(orgUnits: OrgUnitPackage): string[] {
  const byCode = new Map(orgUnits.orgUnits.map((u) => [u.code, u]));
  const root = (code: string): string => {
    const parent = byCode.get(code)?.parent;
    return parent ? root(parent) : code;
  };
  const roots = Object.values(orgUnits.dataSetAssignments).flat().map(root);
  return roots.length > 0 ? roots : orgUnits.orgUnits.filter((u) => u.parent === null).map((u) => u.code);
}

function byCanonicalOrder(units: Map<string, OrgUnit>) {
  return (a: string, b: string) => {
    const ua = units.get(a)!;
    const ub = units.get(b)!;
    return ua.level - ub.level || ua.sortOrder - ub.sortOrder || a.localeCompare(b);
  };
}
