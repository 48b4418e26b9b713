/** What the database will hold after an import: incoming objects first, then the stored ones they do not replace. */
import { checkPackage } from '@syt/core/metadata/check-package.ts';
import type { PackageProblem } from '@syt/core/metadata/package-problem.ts';
import { generateOptionCombos, optionSetKey } from '@syt/core/metadata/option-combos.ts';
import type { MetadataPackage, OptionComboDeclaration, OrgUnit } from '@syt/core/metadata/types.ts';
import { checkOrgUnitPackage } from '@syt/core/orgunit/check-org-units.ts';

const merge = <T extends { code: string }>(kept: readonly T[], added: readonly T[]): T[] => {
  const codes = new Set(added.map((x) => x.code));
  return [...added, ...kept.filter((x) => !codes.has(x.code))];
};

/** Incoming first, so a problem's index is the file's index; references are checked against the merged whole. */
export function mergePackages(stored: MetadataPackage, incoming: MetadataPackage): MetadataPackage {
  return {
    categories: merge(stored.categories, incoming.categories),
    categoryCombos: merge(stored.categoryCombos, incoming.categoryCombos),
    dataElements: merge(stored.dataElements, incoming.dataElements),
    dataSets: merge(stored.dataSets, incoming.dataSets),
    indicators: merge(stored.indicators, incoming.indicators),
    validationRules: merge(stored.validationRules, incoming.validationRules),
    diseases: merge(stored.diseases, incoming.diseases),
  };
}

/**
 * Adds the stored option combos' identifiers the file does not redeclare, for the option combos the merged combos
 * still generate (a combo given new categories generates new option combos; its old ones stay stored, unnamed here).
 */
export function withStoredDeclarations(
  merged: MetadataPackage,
  stored: readonly OptionComboDeclaration[],
  incoming: readonly OptionComboDeclaration[],
): MetadataPackage {
  const key = (d: OptionComboDeclaration) => `${d.categoryCombo}:${optionSetKey(d.options)}`;
  const generated = new Set(safeGenerated(merged).map(key));
  const declared = new Set(incoming.map(key));
  const kept = stored.filter((d) => generated.has(key(d)) && !declared.has(key(d)));
  return { ...merged, categoryOptionCombos: [...incoming, ...kept] };
}

/** Option combos of the combos whose categories are all known (the others are reported by the checks). */
function safeGenerated(pkg: MetadataPackage): OptionComboDeclaration[] {
  const known = new Set(pkg.categories.map((c) => c.code));
  const combos = pkg.categoryCombos.filter((c) => c.categories.every((code) => known.has(code)));
  return generateOptionCombos({ categories: pkg.categories, categoryCombos: combos });
}

export interface IncomingUnits {
  orgUnits?: OrgUnit[] | undefined;
  dataSetAssignments?: Record<string, string[]> | undefined;
}

/**
 * Problems of the whole import: the merged package, then the incoming org units checked with the stored ones
 * (a parent or successor may be stored, not in the file) and the assignments against the merged data sets.
 */
export function importProblems(
  merged: MetadataPackage,
  storedUnits: readonly OrgUnit[],
  incoming: IncomingUnits,
): PackageProblem[] {
  const problems = checkPackage(merged);
  if (!incoming.orgUnits && !incoming.dataSetAssignments) return problems;
  const units = merge(storedUnits, incoming.orgUnits ?? []);
  const unitProblems = checkOrgUnitPackage(
    { orgUnits: units, dataSetAssignments: incoming.dataSetAssignments ?? {} },
    merged.dataSets.map((d) => d.code),
  );
  return [...problems, ...unitProblems];
}

type Identified = { code: string; uid?: string | undefined };

/** Objects without a UID keep the one stored under their code: a package that omits UIDs never resets them. */
export function keepUids<T extends Identified>(incoming: readonly T[], stored: readonly T[]): T[] {
  const uids = new Map(stored.flatMap((s) => (s.uid ? [[s.code, s.uid] as const] : [])));
  return incoming.map((x) => (x.uid === undefined && uids.has(x.code) ? { ...x, uid: uids.get(x.code)! } : x));
}

/** `keepUids` over every kind of a package, category options included. */
export function keepPackageUids(incoming: MetadataPackage, stored: MetadataPackage): MetadataPackage {
  const storedOptions = stored.categories.flatMap((c) => c.options);
  return {
    ...incoming,
    categories: keepUids(incoming.categories, stored.categories).map((c) => ({
      ...c,
      options: keepUids(c.options, storedOptions),
    })),
    categoryCombos: keepUids(incoming.categoryCombos, stored.categoryCombos),
    dataElements: keepUids(incoming.dataElements, stored.dataElements),
    dataSets: keepUids(incoming.dataSets, stored.dataSets),
    indicators: keepUids(incoming.indicators, stored.indicators),
    validationRules: keepUids(incoming.validationRules, stored.validationRules),
  };
}
