/** UIDs unique per kind, and option-combo declarations that name generated option combos. */
import { messages, type Kind } from './messages.ts';
import { comboOptionCombos, optionSetKey } from './option-combos.ts';
import type { PackageIndex } from './package-index.ts';
import { problem, type PackageProblem } from './package-problem.ts';
import type { MetadataPackage } from './types.ts';
import { uidOf, type UidKind } from './uid.ts';

interface Identified {
  path: string;
  code: string;
  uid?: string | undefined;
}

/**
 * One problem per UID (declared or derived) held by two objects of one kind, reported at the first of them (in a
 * merged package, the incoming one) and naming the other.
 */
export function uidProblems(uidKind: UidKind, kind: Kind, items: Identified[]): PackageProblem[] {
  const seen = new Map<string, Identified>();
  const problems: PackageProblem[] = [];
  for (const item of items) {
    const uid = uidOf(uidKind, item);
    const holder = seen.get(uid);
    // The same code twice is a duplicate code, reported once by `checkDuplicates`.
    if (holder !== undefined && holder.code !== item.code)
      problems.push(problem(holder.path, messages.duplicateUid(kind, uid, holder.code, item.code)));
    if (holder === undefined) seen.set(uid, item);
  }
  return problems;
}

const at =
  (list: string) =>
  (item: { code: string; uid?: string | undefined }, i: number): Identified => ({
    path: `${list}[${i}].uid`,
    code: item.code,
    uid: item.uid,
  });

/** Every kind's UIDs are unique (options package-wide, as their codes). */
export function checkUids(pkg: MetadataPackage): PackageProblem[] {
  const options = pkg.categories.flatMap((c, i) =>
    c.options.map((o, j) => ({ path: `categories[${i}].options[${j}].uid`, code: o.code, uid: o.uid })),
  );
  return [
    ...uidProblems('category', 'category', pkg.categories.map(at('categories'))),
    ...uidProblems('categoryOption', 'option', options),
    ...uidProblems('categoryCombo', 'categoryCombo', pkg.categoryCombos.map(at('categoryCombos'))),
    ...uidProblems('dataElement', 'dataElement', pkg.dataElements.map(at('dataElements'))),
    ...uidProblems('dataSet', 'dataSet', pkg.dataSets.map(at('dataSets'))),
    ...uidProblems('indicator', 'indicator', pkg.indicators.map(at('indicators'))),
    ...uidProblems('validationRule', 'validationRule', pkg.validationRules.map(at('validationRules'))),
  ];
}

/** Declarations name a known combo and one of its option sets once; declared codes and UIDs stay unique. */
export function checkOptionCombos(pkg: MetadataPackage, index: PackageIndex): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const declared = new Set<string>();
  (pkg.categoryOptionCombos ?? []).forEach((d, i) => {
    const combo = index.combos.get(d.categoryCombo);
    const path = `categoryOptionCombos[${i}]`;
    if (!combo)
      return problems.push(problem(`${path}.categoryCombo`, messages.unknown('categoryCombo', d.categoryCombo)));
    const key = `${d.categoryCombo}:${optionSetKey(d.options)}`;
    if (!index.optionCombos.has(combo.code)) return; // its categories are reported on the combo
    const generated = comboOptionCombos(combo, index.categories).map((oc) => optionSetKey(oc.options));
    if (!generated.includes(optionSetKey(d.options)))
      problems.push(problem(`${path}.options`, messages.optionComboNotGenerated(d.categoryCombo, d.options)));
    else if (declared.has(key))
      problems.push(problem(`${path}.options`, messages.optionComboDeclaredTwice(d.categoryCombo, d.options)));
    declared.add(key);
  });
  // Generated codes repeat only with repeated options, reported there; check the combos with declarations.
  for (const combo of index.combos.values()) {
    if (!pkg.categoryOptionCombos?.some((d) => d.categoryCombo === combo.code)) continue;
    const all = index.optionComboList.get(combo.code) ?? [];
    const codes = new Set<string>();
    for (const oc of all) {
      if (codes.has(oc.code))
        problems.push(problem(`categoryCombos.${combo.code}`, messages.optionComboCodeRepeated(combo.code, oc.code)));
      codes.add(oc.code);
    }
  }
  // A generated option combo's UID derives from its code alone, as the stored ones do.
  const all = [...index.optionComboList.values()].flat().map((oc) => ({
    path: `categoryCombos.${oc.categoryCombo}`,
    code: `${oc.categoryCombo}.${oc.code}`,
    uid: uidOf('categoryOptionCombo', oc),
  }));
  problems.push(...uidProblems('categoryOptionCombo', 'optionCombo', all));
  return problems;
}
