/** Integrity of an org-unit package beyond its shape (which `orgUnitPackageSchema` checks). */
import { duplicateProblems } from '../metadata/check-duplicates.ts';
import { uidProblems } from '../metadata/check-uids.ts';
import { messages } from '../metadata/messages.ts';
import { problem, type PackageProblem } from '../metadata/package-problem.ts';
import type { OrgUnit, OrgUnitPackage } from '../metadata/types.ts';

/** Whether walking up from `u` comes back to `u`. */
function onParentCycle(u: OrgUnit, byCode: Map<string, OrgUnit>): boolean {
  const seen = new Set<string>();
  for (let code: string | null = u.code; code !== null; code = byCode.get(code)?.parent ?? null) {
    if (seen.has(code)) return code === u.code;
    seen.add(code);
  }
  return false;
}

function hierarchyProblems(u: OrgUnit, path: string, byCode: Map<string, OrgUnit>): PackageProblem[] {
  if (u.parent === null) return u.level === 1 ? [] : [problem(`${path}.level`, messages.rootNotLevelOne())];
  const parent = byCode.get(u.parent);
  if (!parent) return [problem(`${path}.parent`, messages.unknownParent(u.code, u.parent))];
  if (onParentCycle(u, byCode)) {
    return [problem(`${path}.parent`, messages.parentCycle())];
  }
  return parent.level === u.level - 1 ? [] : [problem(`${path}.parent`, messages.parentNotOneLevelUp(u.parent))];
}

function lifetimeProblems(u: OrgUnit, path: string, byCode: Map<string, OrgUnit>): PackageProblem[] {
  const problems: PackageProblem[] = [];
  if (u.closingDate !== null && u.closingDate < u.openingDate) {
    problems.push(problem(`${path}.closingDate`, messages.closingBeforeOpening()));
  }
  if (u.closingDate === null && u.successors.length > 0) {
    problems.push(problem(`${path}.successors`, messages.successorOfOpenUnit()));
  }
  u.successors.forEach((s, j) => {
    if (s === u.code) problems.push(problem(`${path}.successors[${j}]`, messages.selfSuccessor()));
    else if (!byCode.has(s)) problems.push(problem(`${path}.successors[${j}]`, messages.unknownSuccessor(u.code, s)));
  });
  return problems;
}

/**
 * Every integrity problem of the package: duplicate codes or UIDs, unknown parents or successors, levels
 * that skip, parent cycles, closing before opening, assignments to unknown units or (when
 * `dataSetCodes` is given) unknown data sets.
 */
export function checkOrgUnitPackage(pkg: OrgUnitPackage, dataSetCodes?: readonly string[]): PackageProblem[] {
  const byCode = new Map(pkg.orgUnits.map((u) => [u.code, u]));
  const problems = duplicateProblems(
    'orgUnit',
    pkg.orgUnits.map((u, i) => ({ path: `orgUnits[${i}].code`, code: u.code })),
  );
  problems.push(
    ...uidProblems(
      'orgUnit',
      'orgUnit',
      pkg.orgUnits.map((u, i) => ({ path: `orgUnits[${i}].uid`, code: u.code, uid: u.uid })),
    ),
  );
  pkg.orgUnits.forEach((u, i) => {
    problems.push(...hierarchyProblems(u, `orgUnits[${i}]`, byCode));
    problems.push(...lifetimeProblems(u, `orgUnits[${i}]`, byCode));
  });
  for (const [dataSet, codes] of Object.entries(pkg.dataSetAssignments)) {
    const path = `dataSetAssignments.${dataSet}`;
    if (dataSetCodes && !dataSetCodes.includes(dataSet))
      problems.push(problem(path, messages.unknown('dataSet', dataSet)));
    codes.forEach((code, j) => {
      if (!byCode.has(code)) problems.push(problem(`${path}[${j}]`, messages.unknown('orgUnit', code)));
    });
  }
  return problems;
}
