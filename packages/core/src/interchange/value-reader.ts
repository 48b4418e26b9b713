/** Structural checks shared by every reader: the raw fields of one value → a `ParsedValue`, or problems. */
import type { ParsedValue } from './types.ts';
import { requireCode, type ReadContext } from './read-context.ts';
import {
  readAttributeCombo,
  readCategoryCombo,
  readFlag,
  readPeriod,
  readStoredBy,
  readText,
  readTimestamp,
} from './value-fields.ts';

export { INVALID, PeriodCodes, report, type ReadContext } from './read-context.ts';
export { isDefaultCombo, readBoolean } from './value-fields.ts';

/** One value's fields as a file holds them: text, numbers, or whatever a broken file has there. */
export interface RawValueFields {
  dataElement: unknown;
  period: unknown;
  orgUnit: unknown;
  categoryOptionCombo?: unknown;
  attributeOptionCombo?: unknown;
  value: unknown;
  comment?: unknown;
  deleted?: unknown;
  followup?: unknown;
  storedBy?: unknown;
  created?: unknown;
  lastUpdated?: unknown;
}

/** Checks one value's fields; returns the value, or null after recording every problem it has. */
export function readDataValue(
  raw: RawValueFields,
  index: number,
  ctx: ReadContext,
  dataSet?: string,
): ParsedValue | null {
  const before = ctx.problems.length;
  const dataElement = requireCode(raw.dataElement, 'dataElement', index, ctx);
  const period = readPeriod(raw.period, index, ctx);
  const orgUnit = requireCode(raw.orgUnit, 'orgUnit', index, ctx);
  const combo = readCategoryCombo(raw.categoryOptionCombo, index, ctx);
  const attributeCombo = readAttributeCombo(raw.attributeOptionCombo, index, ctx);
  const deleted = readFlag(raw.deleted, 'deleted', index, ctx);
  // A deletion names the value to remove; what it held does not matter (DHIS2 sends none).
  const value = readText(raw.value, 'value', index, ctx, deleted === true);
  const comment = readText(raw.comment, 'comment', index, ctx);
  const followup = readFlag(raw.followup, 'followup', index, ctx);
  const storedBy = readStoredBy(raw.storedBy, index, ctx);
  const created = readTimestamp(raw.created, 'created', index, ctx);
  const lastUpdated = readTimestamp(raw.lastUpdated, 'lastUpdated', index, ctx);
  if (ctx.problems.length > before) return null;
  const parsed: ParsedValue = {
    dataElement: dataElement!,
    categoryOptionCombo: combo!,
    orgUnit: orgUnit!,
    period: period!,
    value: value ?? '',
    index,
  };
  if (comment != null) parsed.comment = comment;
  if (dataSet !== undefined) parsed.dataSet = dataSet;
  if (attributeCombo != null) parsed.attributeOptionCombo = attributeCombo;
  if (deleted != null) parsed.deleted = deleted;
  if (followup != null) parsed.followup = followup;
  if (storedBy != null) parsed.storedBy = storedBy;
  if (created != null) parsed.created = created;
  if (lastUpdated != null) parsed.lastUpdated = lastUpdated;
  return parsed;
}
