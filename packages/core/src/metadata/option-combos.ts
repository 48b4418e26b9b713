/** Category option combos: the cells a disaggregated element is entered in. */
import { DEFAULT_OPTION_COMBO_NAME } from './messages.ts';
import {
  DEFAULT_OPTION_COMBO,
  type Category,
  type CategoryCombo,
  type CategoryOptionCombo,
  type MetadataPackage,
  type OptionComboDeclaration,
} from './types.ts';

/** The key of an option combo within its combo: its options, in any order. */
export function optionSetKey(options: readonly string[]): string {
  return [...options].sort().join(',');
}

/** Declarations by combo code, then by option set. */
export type DeclarationIndex = ReadonlyMap<string, ReadonlyMap<string, OptionComboDeclaration>>;

/** Indexes declarations (the first wins when two name the same option combo; `checkOptionCombos` reports it). */
export function indexDeclarations(declarations: readonly OptionComboDeclaration[] = []): DeclarationIndex {
  const index = new Map<string, Map<string, OptionComboDeclaration>>();
  for (const d of declarations) {
    const byOptions = index.get(d.categoryCombo) ?? new Map<string, OptionComboDeclaration>();
    if (!byOptions.has(optionSetKey(d.options))) byOptions.set(optionSetKey(d.options), d);
    index.set(d.categoryCombo, byOptions);
  }
  return index;
}

function declared(generated: CategoryOptionCombo, declarations: DeclarationIndex): CategoryOptionCombo {
  const d = declarations.get(generated.categoryCombo)?.get(optionSetKey(generated.options));
  if (!d) return generated;
  return {
    ...generated,
    ...(d.code !== undefined ? { code: d.code } : {}),
    ...(d.uid !== undefined ? { uid: d.uid } : {}),
    ...(d.name !== undefined ? { name: d.name } : {}),
  };
}

/**
 * Option combos of one combo, first category varying slowest, with the identifiers declared for them;
 * throws on a category the map lacks.
 */
export function comboOptionCombos(
  combo: CategoryCombo,
  categories: ReadonlyMap<string, Category>,
  declarations: DeclarationIndex = new Map(),
): CategoryOptionCombo[] {
  return generatedCombos(combo, categories).map((oc) => declared(oc, declarations));
}

function generatedCombos(combo: CategoryCombo, categories: ReadonlyMap<string, Category>): CategoryOptionCombo[] {
  if (combo.categories.length === 0) {
    return [{ code: DEFAULT_OPTION_COMBO, name: DEFAULT_OPTION_COMBO_NAME, categoryCombo: combo.code, options: [] }];
  }
  let rows: Category['options'][] = [[]];
  for (const code of combo.categories) {
    const category = categories.get(code);
    if (!category) throw new Error(`Unknown category "${code}" in category combo "${combo.code}"`);
    rows = rows.flatMap((row) => category.options.map((option) => [...row, option]));
  }
  return rows.map((row) => ({
    code: row.map((o) => o.code).join('_'),
    name: row.map((o) => o.name).join(', '),
    categoryCombo: combo.code,
    options: row.map((o) => o.code),
  }));
}

/** Every option combo of the package, combo by combo in package order. */
export function generateOptionCombos(
  pkg: Pick<MetadataPackage, 'categories' | 'categoryCombos' | 'categoryOptionCombos'>,
): CategoryOptionCombo[] {
  const categories = new Map(pkg.categories.map((c) => [c.code, c]));
  const declarations = indexDeclarations(pkg.categoryOptionCombos);
  return pkg.categoryCombos.flatMap((combo) => comboOptionCombos(combo, categories, declarations));
}
