/** Test-only helpers: default-package rules by code, and contexts from short rows; not exported from the package. */
import type { DataValue } from '../datavalue/types.ts';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import type { ValidationRule } from '../metadata/types.ts';
import { daysInPeriod, parsePeriod } from '../period/index.ts';
import type { ValidationContext } from './run-validation.ts';
import { optionCombosOfPackage, valueLookupFromDataValues } from './value-lookup.ts';

/** Every rule of the default package. */
export const RULES = DEFAULT_PACKAGE.validationRules;

/** The default package's option combos per element. */
export const optionCombosOf = optionCombosOfPackage(DEFAULT_PACKAGE);

/** A default-package rule by code; throws when there is none. */
export function rule(code: string): ValidationRule {
  const found = RULES.find((r) => r.code === code);
  if (!found) throw new Error(`no rule ${code} in the default package`);
  return found;
}

/** `[element, value, period?, combo?]`: period defaults to the context's, combo to `default`. */
export type Row = [string, number | string, string?, string?];

/** A context for one org unit and period over the given rows. */
export function context(rows: Row[], period = '202402', orgUnit = '62'): ValidationContext {
  const values: DataValue[] = rows.map(([dataElement, value, p = period, combo = 'default']) => ({
    dataElement,
    categoryOptionCombo: combo,
    orgUnit,
    period: p,
    value: String(value),
  }));
  return {
    values: valueLookupFromDataValues(values, { period, orgUnit, optionCombosOf }),
    daysInPeriod: daysInPeriod(parsePeriod(period)),
  };
}
