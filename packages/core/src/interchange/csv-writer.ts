/** Data values → DHIS2 CSV. The csv-stringify library does the quoting. */
import { stringify } from 'csv-stringify/sync';
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import { CSV_COLUMNS } from './csv-columns.ts';
import { neutraliseFormulaText } from './formula-guard.ts';
import type { ExportValue } from './types.ts';

const flag = (value: boolean | undefined): string => (value === undefined ? '' : String(value));

// One row in DHIS2's column order; the default combo is written empty, as DHIS2 reads it. Value, comment and
// stored-by are free text: quoted against formula injection (numbers stay as they are); codes come from metadata.
function toRow(v: ExportValue, withCreated: boolean): string[] {
  const combo = v.categoryOptionCombo === DEFAULT_OPTION_COMBO ? '' : v.categoryOptionCombo;
  const row = [
    v.dataElement,
    v.period,
    v.orgUnit,
    combo,
    v.attributeOptionCombo ?? '',
    neutraliseFormulaText(v.value),
    neutraliseFormulaText(v.storedBy ?? ''),
    v.lastUpdated ?? '',
    neutraliseFormulaText(v.comment ?? ''),
    flag(v.followup),
    flag(v.deleted),
  ];
  if (withCreated) row.push(v.created ?? '');
  return row;
}

/**
 * A DHIS2 CSV file with its header row, values in the order given; `parseDhis2Csv` reads it back exactly.
 * DHIS2's eleven columns, and a twelfth, `created`, only when some value has one (DHIS2 reads past it).
 */
export function toDhis2Csv(values: readonly ExportValue[]): string {
  const withCreated = values.some((v) => v.created !== undefined);
  const columns = withCreated ? [...CSV_COLUMNS, 'created'] : [...CSV_COLUMNS];
  return stringify(
    values.map((v) => toRow(v, withCreated)),
    { header: true, columns },
  );
}
