import type { IdScheme, IdSchemeOptions } from '@syt/core/interchange/import-options.ts';
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

/** An identifier of a code in the scheme in force, for answers and exports. */
export const fromCode = (ids: Identifiers, schemes: Schemes, kind: keyof Identifiers, codeValue: string) =>
  kind === 'categoryOptionCombo' && codeValue === 'default' && schemes[kind] !== 'UID' ? codeValue : ids[kind].fromCode(codeValue, schemes[kind]);
