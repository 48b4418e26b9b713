/** Data values → DHIS2 `dataValueSets` JSON. */
import type { DataValue } from '../datavalue/types.ts';
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';

/** Set-level fields to write at the top of the document. */
export interface DataValueSetJsonOptions {
  dataSet?: string;
  /** `YYYY-MM-DD`: marks the data set complete on import into DHIS2. */
  completeDate?: string;
}

interface JsonEntry {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  value: string;
  comment?: string;
}

// DHIS2's field order; the default combo and an absent comment are left out, as DHIS2 does.
function toEntry(v: DataValue): JsonEntry {
  const { dataElement, period, orgUnit, categoryOptionCombo, value } = v;
  const entry: JsonEntry =
    categoryOptionCombo === DEFAULT_OPTION_COMBO
      ? { dataElement, period, orgUnit, value }
      : { dataElement, period, orgUnit, categoryOptionCombo, value };
  if (v.comment !== undefined) entry.comment = v.comment;
  return entry;
}

/** A compact `{"dataValues":[…]}` document, values in the order given; `parseDataValueSetJson` reads it back. */
export function toDataValueSetJson(values: readonly DataValue[], options: DataValueSetJsonOptions = {}): string {
  const header: DataValueSetJsonOptions = {};
  if (options.dataSet !== undefined) header.dataSet = options.dataSet;
  if (options.completeDate !== undefined) header.completeDate = options.completeDate;
  return JSON.stringify({ ...header, dataValues: values.map(toEntry) });
}
