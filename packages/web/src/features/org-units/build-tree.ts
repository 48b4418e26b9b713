import type { OrgUnit } from '@syt/core/metadata/types.ts';

/** An org unit with its children, in canonical order. */
export interface OrgUnitNode {
  unit: OrgUnit;
  children: OrgUnitNode[];
}

function bySortOrder(a: OrgUnit, b: OrgUnit): number {
  return a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);
}

/**
 * Builds the hierarchy from the flat list: children under their parent in sortOrder.
 * A unit whose parent is absent from the list (a date-filtered list) becomes a root.
 */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitNode[] {
  const codes = new Set(units.map((unit) => unit.code));
  const childrenOf = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parent !== null && codes.has(unit.parent) ? unit.parent : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(unit);
    childrenOf.set(parent, siblings);
  }
  const build = (parent: string | null, seen: Set<string>): OrgUnitNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((unit) => !seen.has(unit.code)) // a malformed cycle must not hang the page
      .sort(bySortOrder)
      .map((unit) => ({ unit, children: build(unit.code, new Set(seen).add(unit.code)) }));
  return build(null, new Set());
}

/** Keeps the nodes that match and the ancestors leading to them. */
export function filterOrgUnitTree(nodes: readonly OrgUnitNode[], matches: (unit: OrgUnit) => boolean): OrgUnitNode[] {
  const kept: OrgUnitNode[] = [];
  for (const node of nodes) {
    const children = filterOrgUnitTree(node.children, matches);
    if (children.length > 0 || matches(node.unit)) kept.push({ unit: node.unit, children });
  }
  return kept;
}

/** Number of nodes in the forest. */
export function countNodes(nodes: readonly OrgUnitNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}
