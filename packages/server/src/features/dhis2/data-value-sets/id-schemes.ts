import type { IdScheme, IdSchemeOptions } from '@syt/core/interchange/import-options.ts';
import type { ParsedValue } from '@syt/core/interchange/types.ts';
import type { Identifiers } from '../identifiers.repository.ts';

/** The scheme in force for each kind: its own, else `idScheme`, else `fallback` (DHIS2: UID; ADX: CODE). */
export interface Schemes {
  dataElement: IdScheme;
  orgUnit: IdScheme;
  categoryOptionCombo: IdScheme;
  dataSet: IdScheme;
}

export function schemesOf(options: IdSchemeOptions, fallback: IdScheme): Schemes {
  const general = options.idScheme ?? fallback;
  return {
    dataElement: options.dataElementIdScheme ?? general,
    orgUnit: options.orgUnitIdScheme ?? general,
    categoryOptionCombo: options.categoryOptionComboIdScheme ?? general,
    dataSet: options.dataSetIdScheme ?? general,
  };
}

/**
 * Rewrites the identifiers of parsed values into SYT's codes, in place. An identifier that names nothing is kept as
 * given, so the import's own check refuses it naming what the file said. DHIS2's default combo names (`default`,
 * `HllvX50cXC0`) stay DHIS2's default under any scheme.
 */
export function valuesToCodes(values: ParsedValue[], ids: Identifiers, schemes: Schemes): void {
  const code = (kind: keyof Identifiers, id: string) => ids[kind].toCode(id, schemes[kind]) ?? ids[kind].toCode(id, 'UID') ?? id;
  const combo = (id: string) => (id === 'default' ? id : code('categoryOptionCombo', id));
  for (const v of values) {
    v.dataElement = ids.dataElement.toCode(v.dataElement, schemes.dataElement) ?? v.dataElement;
    v.orgUnit = ids.orgUnit.toCode(v.orgUnit, schemes.orgUnit) ?? v.orgUnit;
    if (v.categoryOptionCombo) v.categoryOptionCombo = combo(v.categoryOptionCombo);
    if (v.attributeOptionCombo) v.attributeOptionCombo = combo(v.attributeOptionCombo);
    if (v.dataSet) v.dataSet = ids.dataSet.toCode(v.dataSet, schemes.dataSet) ?? v.dataSet;
  }
}

/** An identifier of a code in the scheme in force, for answers and exports. */
export const fromCode = (ids: Identifiers, schemes: Schemes, kind: keyof Identifiers, codeValue: string) =>
  kind === 'categoryOptionCombo' && codeValue === 'default' && schemes[kind] !== 'UID' ? codeValue : ids[kind].fromCode(codeValue, schemes[kind]);
