/** Data values → DHIS2 CSV. The csv-stringify library does the quoting. */
import { stringify } from 'csv-stringify/sync';
import type { DataValue } from '../datavalue/types.ts';
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import { CSV_COLUMNS } from './csv-columns.ts';

// One row in DHIS2's column order; the default combo is written empty, as DHIS2 reads it.
function toRow(v: DataValue): string[] {
  const combo = v.categoryOptionCombo === DEFAULT_OPTION_COMBO ? '' : v.categoryOptionCombo;
  return [v.dataElement, v.period, v.orgUnit, combo, '', v.value, '', '', v.comment ?? '', '', ''];
}

/** A DHIS2 CSV file with its header row, values in the order given; `parseDhis2Csv` reads it back. */
export function toDhis2Csv(values: readonly DataValue[]): string {
  return stringify(values.map(toRow), { header: true, columns: [...CSV_COLUMNS] });
}
