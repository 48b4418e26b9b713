/**
 * The `ou` dimension: org-unit codes and keywords resolved against the org-unit list. `LEVEL-n` and `OU_GROUP-type`
 * take the units under the query's other items (codes, `USER_ORGUNIT`, `CHILDREN-x` parents), or under the user's
 * root when it names none.
 */
import type { OrgUnit } from '../metadata/types.ts';
import { descendantsOf, isArea } from '../orgunit/tree.ts';
import { AnalyticsQueryError } from './errors.ts';
import { historyIndex } from './history.ts';

/** One parsed `ou` item. */
export type OuItem =
  | { kind: 'unit'; code: string }
  | { kind: 'user' }
  | { kind: 'userChildren' }
  | { kind: 'children'; code: string }
  | { kind: 'level'; level: number }
  | { kind: 'group'; type: 'AREA' | 'HEALTH_UNIT' };

/** Parses an item's syntax (not whether its unit exists); throws `AnalyticsQueryError` on a malformed keyword. */
export function parseOuItem(item: string): OuItem {
  if (item === 'USER_ORGUNIT') return { kind: 'user' };
  if (item === 'USER_ORGUNIT_CHILDREN') return { kind: 'userChildren' };
  if (item.startsWith('CHILDREN-')) return { kind: 'children', code: item.slice('CHILDREN-'.length) };
  const level = /^LEVEL-([1-9][0-9]?)$/.exec(item);
  if (level) return { kind: 'level', level: Number(level[1]) };
  if (item === 'OU_GROUP-AREA' || item === 'OU_GROUP-HEALTH_UNIT') return { kind: 'group', type: item.slice('OU_GROUP-'.length) as 'AREA' | 'HEALTH_UNIT' };
  if (/^[A-Z_]+-/.test(item) || item.length === 0) throw new AnalyticsQueryError('UNKNOWN_ITEM', 'ou', item);
  return { kind: 'unit', code: item };
}

/** A resolved output unit with what the table says of it. */
export interface ResolvedUnit {
  unit: OrgUnit;
  /** Codes of its ancestors, root first. */
  ancestors: string[];
  /** Codes of the units it succeeded, transitively (itself excluded). */
  history: string[];
}

/**
 * The query's output units, in the order written, each once (keywords expand in canonical order). `userRoot` is the
 * code of the user's scope root. Throws `AnalyticsQueryError` naming an unknown unit. Scope is the caller's to check.
 */
export function resolveOrgUnits(items: readonly string[], units: readonly OrgUnit[], userRoot: string): ResolvedUnit[] {
  if (items.length === 0) throw new AnalyticsQueryError('EMPTY_DIMENSION', 'ou', '');
  const byCode = new Map(units.map((u) => [u.code, u]));
  const parsed = items.map((item) => ({ item, ou: parseOuItem(item) }));
  const known = (code: string, item: string) => {
    if (!byCode.has(code)) throw new AnalyticsQueryError('UNKNOWN_ITEM', 'ou', item);
    return code;
  };
  const children = new Map<string, OrgUnit[]>();
  for (const u of units) {
    if (u.parent === null) continue;
    const siblings = children.get(u.parent);
    if (siblings) siblings.push(u);
    else children.set(u.parent, [u]);
  }
  const childrenOf = (code: string) => [...(children.get(code) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const boundaries = parsed.flatMap(({ item, ou }) =>
    ou.kind === 'unit' || ou.kind === 'children' ? [known(ou.code, item)] : ou.kind === 'user' || ou.kind === 'userChildren' ? [userRoot] : [],
  );
  const within = (keep: (u: OrgUnit) => boolean) =>
    (boundaries.length ? boundaries : [userRoot]).flatMap((b) => descendantsOf(units, b).filter(keep));
  const out = new Map<string, OrgUnit>();
  for (const { item, ou } of parsed) {
    const found =
      ou.kind === 'unit' ? [byCode.get(known(ou.code, item))!]
      : ou.kind === 'user' ? [byCode.get(userRoot)!]
      : ou.kind === 'userChildren' ? childrenOf(userRoot)
      : ou.kind === 'children' ? childrenOf(ou.code)
      : ou.kind === 'level' ? within((u) => u.level === ou.level)
      : within((u) => (ou.type === 'AREA') === isArea(u));
    for (const u of found) if (u && !out.has(u.code)) out.set(u.code, u);
  }
  const history = historyIndex(units);
  const ancestors = (unit: OrgUnit) => {
    const chain: string[] = [];
    for (let p = unit.parent; p !== null && !chain.includes(p) && byCode.has(p); p = byCode.get(p)!.parent) chain.unshift(p);
    return chain;
  };
  return [...out.values()].map((unit) => ({ unit, ancestors: ancestors(unit), history: history(unit.code).slice(1) }));
}

/**
 * Whether no unit of the list lies under another, nor under a unit another one succeeded (Quảng Ngãi beside Kon Tum
 * holds Kon Tum's months): a total over them is then a sum.
 */
export function areDisjoint(resolved: readonly ResolvedUnit[]): boolean {
  const coveredBy = new Map<string, string>();
  for (const r of resolved) {
    for (const root of [r.unit.code, ...r.history]) {
      if (coveredBy.has(root) && coveredBy.get(root) !== r.unit.code) return false;
      coveredBy.set(root, r.unit.code);
    }
  }
  return resolved.every((r) => r.ancestors.every((a) => !coveredBy.has(a)));
}
