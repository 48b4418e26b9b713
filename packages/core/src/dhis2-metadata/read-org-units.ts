/** DHIS2 organisation units → SYT org units: the tree from `parent`, levels counted from it. */
import type { OrgUnit } from '../metadata/types.ts';
import type { Dhis2Context } from './dhis2-context.ts';

/** DHIS2's level and path restate the tree that `parent` gives; SYT recomputes them. */
const DERIVED = ['level', 'path', 'ancestors', 'children'];

/** Org units of the file; a stored unit keeps what DHIS2 does not say (sentence name, type, successors, order). */
export function readOrgUnits(ctx: Dhis2Context): OrgUnit[] {
  const located = ctx.list('organisationUnits');
  const parents = new Map<string, string | null>();
  for (const at of located) {
    const u = at.object;
    ctx.notes.unusedProperties('organisationUnits', at.raw, [
      'id',
      'code',
      'name',
      'parent',
      'openingDate',
      'closedDate',
      ...DERIVED,
    ]);
    const parent = u.parent ? ctx.resolve('organisationUnits', u.parent.id, at, 'parent.id') : null;
    parents.set(ctx.codeOf('organisationUnits', u.id)!, parent ?? null);
  }
  const storedUnits = new Map(ctx.stored.orgUnits.map((u) => [u.code, u]));
  const storedLevels = new Map(ctx.stored.orgUnits.map((u) => [u.code, u.level]));
  const levelOf = (code: string, depth = 0): number => {
    if (!parents.has(code) || depth > 100) return storedLevels.get(code) ?? 0;
    const parent = parents.get(code);
    return parent ? levelOf(parent, depth + 1) + 1 : 1;
  };
  const siblings = new Map<string | null, number>();
  const units = located.map(({ object: u }) => {
    const code = ctx.codeOf('organisationUnits', u.id)!;
    const parent = parents.get(code) ?? null;
    const position = (siblings.get(parent) ?? 0) + 1;
    siblings.set(parent, position);
    const stored = storedUnits.get(code);
    return {
      ...(stored ?? { successors: [] }),
      code,
      uid: u.id,
      name: u.name,
      level: levelOf(code),
      parent,
      sortOrder: stored?.sortOrder ?? position,
      openingDate: u.openingDate.slice(0, 10),
      closingDate: u.closedDate?.slice(0, 10) ?? null,
    };
  });
  for (const u of units) ctx.setLevel(u.code, u.level);
  return units;
}
