/** Data values → DHIS2 `dataValueSets` JSON. */
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import type { ExportValue } from './types.ts';

/** Set-level fields to write at the top of the document. */
export interface DataValueSetJsonOptions {
  /** Written at the top; without it, the data set every value names, if they all name the same one. */
  dataSet?: string;
  /** `YYYY-MM-DD`: marks the data set complete on import into DHIS2. */
  completeDate?: string;
}

interface JsonEntry {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  attributeOptionCombo?: string;
  value: string;
  storedBy?: string;
  created?: string;
  lastUpdated?: string;
  comment?: string;
  followup?: boolean;
  deleted?: boolean;
}

// DHIS2's field order; the default combo and absent fields are left out, as DHIS2 does.
function toEntry(v: ExportValue): JsonEntry {
  const { dataElement, period, orgUnit, categoryOptionCombo } = v;
  const entry: JsonEntry = { dataElement, period, orgUnit } as JsonEntry;
  if (categoryOptionCombo !== DEFAULT_OPTION_COMBO) entry.categoryOptionCombo = categoryOptionCombo;
  if (v.attributeOptionCombo !== undefined) entry.attributeOptionCombo = v.attributeOptionCombo;
  entry.value = v.value;
  if (v.storedBy !== undefined) entry.storedBy = v.storedBy;
  if (v.created !== undefined) entry.created = v.created;
  if (v.lastUpdated !== undefined) entry.lastUpdated = v.lastUpdated;
  if (v.comment !== undefined) entry.comment = v.comment;
  if (v.followup !== undefined) entry.followup = v.followup;
  if (v.deleted !== undefined) entry.deleted = v.deleted;
  return entry;
}

// The one data set all values name, or undefined when they name none or several.
function sharedDataSet(values: readonly ExportValue[]): string | undefined {
  const first = values[0]?.dataSet;
  return first !== undefined && values.every((v) => v.dataSet === first) ? first : undefined;
}

/** A compact `{"dataValues":[…]}` document, values in the order given; `parseDataValueSetJson` reads it back. */
export function toDataValueSetJson(values: readonly ExportValue[], options: DataValueSetJsonOptions = {}): string {
  const header: DataValueSetJsonOptions = {};
  const dataSet = options.dataSet ?? sharedDataSet(values);
  if (dataSet !== undefined) header.dataSet = dataSet;
  if (options.completeDate !== undefined) header.completeDate = options.completeDate;
  return JSON.stringify({ ...header, dataValues: values.map(toEntry) });
}
