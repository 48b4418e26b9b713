/** Where validation reads stored values: the `ValueLookup` interface and an in-memory implementation. */
import type { DataValue } from '../datavalue/types.ts';
import type { ExpressionRef } from '../expression/index.ts';
import { generateOptionCombos } from '../metadata/option-combos.ts';
import type { MetadataPackage } from '../metadata/types.ts';
import { parsePeriod, shiftPeriod, tryParsePeriod } from '../period/index.ts';

/** Stored values of one org unit around one period, as validation rules read them. */
export interface ValueLookup {
  /**
   * The value of `ref.element` in the period `ref.periodOffset` steps from the context's period (0 when absent):
   * option combo `ref.option` when given, else the total over the element's option combos; null when nothing is stored.
   */
  value(ref: ExpressionRef): number | null;
}

/** Which values `valueLookupFromDataValues` reads. */
export interface DataValueScope {
  /** Period code validated, e.g. `202402`; offsets step in its period type. */
  period: string;
  orgUnit: string;
  /** Option-combo codes of an element (`default` for elements without a breakdown); values under other combos are ignored. */
  optionCombosOf: (element: string) => readonly string[];
}

/** Reads a stored text value as a number, or null when it is empty or not numeric. */
function numericValue(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const key = (element: string, combo: string, period: string) => `${element}\u0000${combo}\u0000${period}`;

/**
 * A `ValueLookup` over an in-memory list (for tests, and for the server after one query per org unit and form).
 * Keeps the scope's org unit only; a repeated key keeps the last value; text that is not a number counts as missing.
 */
export function valueLookupFromDataValues(values: readonly DataValue[], scope: DataValueScope): ValueLookup {
  const base = parsePeriod(scope.period);
  const stored = new Map<string, number>();
  for (const v of values) {
    const value = numericValue(v.value);
    if (v.orgUnit !== scope.orgUnit || value === null) continue;
    const period = tryParsePeriod(v.period)?.code ?? v.period;
    stored.set(key(v.dataElement, v.categoryOptionCombo, period), value);
  }
  return {
    value(ref) {
      const period = shiftPeriod(base, ref.periodOffset ?? 0).code;
      const combos = ref.option === undefined ? scope.optionCombosOf(ref.element) : [ref.option];
      let total: number | null = null;
      for (const combo of combos) {
        const value = stored.get(key(ref.element, combo, period));
        if (value !== undefined) total = (total ?? 0) + value;
      }
      return total;
    },
  };
}

/** `optionCombosOf` for a metadata package: each element's combo's option combos; empty for unknown elements. */
export function optionCombosOfPackage(
  pkg: Pick<MetadataPackage, 'categories' | 'categoryCombos' | 'dataElements'>,
): (element: string) => readonly string[] {
  const byCombo = new Map<string, string[]>();
  for (const oc of generateOptionCombos(pkg))
    byCombo.set(oc.categoryCombo, [...(byCombo.get(oc.categoryCombo) ?? []), oc.code]);
  const byElement = new Map(pkg.dataElements.map((e) => [e.code, byCombo.get(e.categoryCombo) ?? []]));
  return (element) => byElement.get(element) ?? [];
}
