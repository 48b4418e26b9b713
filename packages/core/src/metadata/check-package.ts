/** Integrity of a metadata package beyond its shape (which `metadataPackageSchema` checks). */
import { checkDiseaseGroups } from './check-disease-groups.ts';
import { checkDuplicates } from './check-duplicates.ts';
import { checkExpressions } from './check-expressions.ts';
import { checkOptionCombos, checkUids } from './check-uids.ts';
import { checkCombos, checkDataSets, checkDiseaseElements, checkElements } from './check-references.ts';
import { indexPackage } from './package-index.ts';
import type { PackageProblem } from './package-problem.ts';
import type { MetadataPackage } from './types.ts';

export type { PackageProblem } from './package-problem.ts';

/** Every integrity problem of the package (duplicate codes or UIDs, dangling references, bad expressions, overlapping groups); empty when sound. */
export function checkPackage(pkg: MetadataPackage): PackageProblem[] {
  const index = indexPackage(pkg);
  return [
    ...checkDuplicates(pkg),
    ...checkUids(pkg),
    ...checkOptionCombos(pkg, index),
    ...checkCombos(pkg, index),
    ...checkElements(pkg, index),
    ...checkDataSets(pkg, index),
    ...checkExpressions(pkg, index),
    ...checkDiseaseElements(pkg, index),
    ...checkDiseaseGroups(pkg),
  ];
}
