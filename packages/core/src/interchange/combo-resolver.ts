/** Option-combo codes ↔ the options of each category, as ADX needs them. */
import { DEFAULT_OPTION_COMBO, type MetadataPackage } from '../metadata/types.ts';
import type { ComboResolver } from './types.ts';

/** The option-combo code of one option per category, in category order; `default` when there are none. */
export function joinOptions(options: readonly string[]): string {
  return options.length === 0 ? DEFAULT_OPTION_COMBO : options.join('_');
}

/**
 * The options a combo code stands for, one per category in order, or null when it does not fit.
 * Known options are tried first, so option codes may contain `_`; without them the code is split at `_`.
 */
export function splitOptionCombo(
  resolver: ComboResolver,
  categories: readonly string[],
  combo: string,
): string[] | null {
  if (categories.length === 0) return combo === DEFAULT_OPTION_COMBO ? [] : null;
  if (combo === '' || combo === DEFAULT_OPTION_COMBO) return null;
  if (categories.length === 1) return [combo];
  const known = resolver.optionsOf ? matchKnownOptions(resolver.optionsOf.bind(resolver), categories, combo, 0) : null;
  if (known) return known;
  const parts = combo.split('_');
  return parts.length === categories.length && parts.every((p) => p !== '') ? parts : null;
}

// Depth-first: the first option of `categories[at]` that prefixes the rest and lets the others match.
function matchKnownOptions(
  optionsOf: (category: string) => readonly string[],
  categories: readonly string[],
  rest: string,
  at: number,
): string[] | null {
  const isLast = at === categories.length - 1;
  for (const option of optionsOf(categories[at]!)) {
    if (isLast) {
      if (rest === option) return [option];
    } else if (rest.startsWith(`${option}_`)) {
      const tail = matchKnownOptions(optionsOf, categories, rest.slice(option.length + 1), at + 1);
      if (tail) return [option, ...tail];
    }
  }
  return null;
}

/** A resolver over a metadata package: each element's combo's categories, and each category's options. */
export function comboResolverFromMetadata(
  pkg: Pick<MetadataPackage, 'dataElements' | 'categoryCombos' | 'categories'>,
): ComboResolver {
  const comboOf = new Map(pkg.dataElements.map((e) => [e.code, e.categoryCombo]));
  const textElements = new Set(pkg.dataElements.filter((e) => e.valueType === 'TEXT').map((e) => e.code));
  const categoriesOfCombo = new Map(pkg.categoryCombos.map((c) => [c.code, c.categories]));
  const optionsOfCategory = new Map(pkg.categories.map((c) => [c.code, c.options.map((o) => o.code)]));
  return {
    categoriesOf: (dataElement) => categoriesOfCombo.get(comboOf.get(dataElement) ?? '') ?? [],
    optionsOf: (category) => optionsOfCategory.get(category) ?? [],
    knows: (dataElement) => comboOf.has(dataElement),
    isNumeric: (dataElement) => !textElements.has(dataElement),
  };
}
