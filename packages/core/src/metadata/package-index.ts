/** Lookup tables over a metadata package, built once per check. */
import { comboOptionCombos, indexDeclarations } from './option-combos.ts';
import type { Category, CategoryCombo, CategoryOptionCombo, DataElement, MetadataPackage } from './types.ts';

export interface PackageIndex {
  categories: Map<string, Category>;
  combos: Map<string, CategoryCombo>;
  elements: Map<string, DataElement>;
  /** Option-combo codes per combo; absent for combos with an unknown or repeated category (reported on the combo). */
  optionCombos: Map<string, Set<string>>;
  /** The option combos themselves (declared identifiers applied), for the same combos. */
  optionComboList: Map<string, CategoryOptionCombo[]>;
}

/** Indexes a package by code (the first object wins when codes repeat). */
export function indexPackage(pkg: MetadataPackage): PackageIndex {
  const categories = byCode(pkg.categories);
  const combos = byCode(pkg.categoryCombos);
  const optionCombos = new Map<string, Set<string>>();
  const optionComboList = new Map<string, CategoryOptionCombo[]>();
  const declarations = indexDeclarations(pkg.categoryOptionCombos);
  for (const combo of combos.values()) {
    const sound = combo.categories.every((c, i) => categories.has(c) && combo.categories.indexOf(c) === i);
    if (sound) {
      const list = comboOptionCombos(combo, categories, declarations);
      optionComboList.set(combo.code, list);
      optionCombos.set(combo.code, new Set(list.map((oc) => oc.code)));
    }
  }
  return { categories, combos, elements: byCode(pkg.dataElements), optionCombos, optionComboList };
}

function byCode<T extends { code: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.code)) map.set(item.code, item);
  return map;
}
