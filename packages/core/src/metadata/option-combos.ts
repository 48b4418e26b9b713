/** Category option combos: the cells a disaggregated element is entered in. */
import { DEFAULT_OPTION_COMBO_NAME } from './messages.ts';
import {
  DEFAULT_OPTION_COMBO,
  type Category,
  type CategoryCombo,
  type CategoryOptionCombo,
  type MetadataPackage,
} from './types.ts';

/** Option combos of one combo, first category varying slowest; throws on a category the map lacks. */
export function comboOptionCombos(
  combo: CategoryCombo,
  categories: ReadonlyMap<string, Category>,
): CategoryOptionCombo[] {
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
  pkg: Pick<MetadataPackage, 'categories' | 'categoryCombos'>,
): CategoryOptionCombo[] {
  const categories = new Map(pkg.categories.map((c) => [c.code, c]));
  return pkg.categoryCombos.flatMap((combo) => comboOptionCombos(combo, categories));
}
