/** Data values → DHIS2 CSV. The csv-stringify library does the quoting. */
import { stringify } from 'csv-stringify/sync';
import type { DataValue } from '../datavalue/types.ts';
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import { CSV_COLUMNS } from './csv-columns.ts';
import { neutraliseFormulaText } from './formula-guard.ts';

// One row in DHIS2's column order; the default combo is written empty, as DHIS2 reads it. Value and comment are
// free text a user typed: quoted against formula injection (numbers stay as they are); codes come from metadata.
function toRow(v: DataValue): string[] {
  const combo = v.categoryOptionCombo === DEFAULT_OPTION_COMBO ? '' : v.categoryOptionCombo;
  const value = neutraliseFormulaText(v.value);
  return [v.dataElement, v.period, v.orgUnit, combo, '', value, '', '', neutraliseFormulaText(v.comment ?? ''), '', ''];
}

/** A DHIS2 CSV file with its header row, values in the order given; `parseDhis2Csv` reads it back exactly. */
export function toDhis2Csv(values: readonly DataValue[]): string {
  return stringify(values.map(toRow), { header: true, columns: [...CSV_COLUMNS] });
}
