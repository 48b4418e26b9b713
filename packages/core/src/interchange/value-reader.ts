/** Structural checks shared by every reader: the raw fields of one value → a `ParsedValue`, or problems. */
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import { DEFAULT_OPTION_COMBO_UID } from '../metadata/uid.ts';
import { toNfc } from '../vi/nfc.ts';
import { parseDhis2Period } from './dhis2-periods.ts';
import { isIsoTimestamp } from './iso-timestamp.ts';
import { messages, type FieldName } from './messages.ts';
import type { InterchangeProblem, InterchangeProblemCode, ParsedValue } from './types.ts';

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

/** What a reader knows while reading: how its format names places and fields, and where problems go. */
export interface ReadContext {
  problems: InterchangeProblem[];
  /**
   * The place of the value at `index` in messages: `AT_LOCATION` for values, whose location the server shows
   * beside the reason (`ParseResult.locate`); a place of its own only where that location does not say it.
   */
  place(index: number): string;
  /** The field's name in this format: `dataelement` in CSV, `dataElement` in JSON. */
  key(field: FieldName): string;
  periods: PeriodCodes;
}

/** Period code → canonical code (or null), remembered: a file holds a million values but a handful of periods. */
export class PeriodCodes {
  private readonly known = new Map<string, string | null>();

  /**
   * The canonical code of any DHIS2 period type (`2024W5` → `2024W05`, `2024WedW3`, `2024April`), or null when
   * the code names no period. Whether SYT stores that type is the server's decision.
   */
  canonical(code: string): string | null {
    let result = this.known.get(code);
    if (result === undefined) {
      result = parseDhis2Period(code)?.code ?? null;
      this.known.set(code, result);
    }
    return result;
  }
}

/** Records a problem at a value; returns null so callers can `return report(…)`. */
export function report(
  ctx: Pick<ReadContext, 'problems'>,
  index: number | null,
  field: string,
  code: InterchangeProblemCode,
  message: string,
): null {
  ctx.problems.push({ index, field, code, message });
  return null;
}

/** What the `read…` helpers return for a field of the wrong kind. */
export const INVALID = Symbol('invalid');

// Text as given, numbers as written by String (12 → "12"), absent for undefined/null; anything else is invalid.
function toText(raw: unknown): string | undefined | typeof INVALID {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return INVALID;
}

const missing = (ctx: ReadContext, index: number, field: FieldName): null =>
  report(ctx, index, field, 'MISSING_FIELD', messages.missingField(ctx.place(index), field, ctx.key(field)));

const invalid = (ctx: ReadContext, index: number, field: FieldName): null =>
  report(ctx, index, field, 'INVALID_FIELD', messages.invalidField(ctx.place(index), field, ctx.key(field)));

// A code: trimmed; empty counts as absent.
function readCode(raw: unknown, field: FieldName, index: number, ctx: ReadContext): string | undefined | null {
  const text = toText(raw);
  if (text === INVALID) return invalid(ctx, index, field);
  const code = text?.trim();
  return code === '' ? undefined : code;
}

function requireCode(raw: unknown, field: FieldName, index: number, ctx: ReadContext): string | null {
  const code = readCode(raw, field, index, ctx);
  return code === undefined ? missing(ctx, index, field) : code;
}

function readPeriod(raw: unknown, index: number, ctx: ReadContext): string | null {
  const code = requireCode(raw, 'period', index, ctx);
  if (code === null) return null;
  return (
    ctx.periods.canonical(code) ??
    report(ctx, index, 'period', 'INVALID_PERIOD', messages.invalidPeriod(ctx.place(index), code))
  );
}

/** True for DHIS2's names of its default option combo. */
export const isDefaultCombo = (code: string): boolean =>
  code === DEFAULT_OPTION_COMBO || code === DEFAULT_OPTION_COMBO_UID;

// DHIS2's default option combo, by code or by its UID, is SYT's `default`.
function readCategoryCombo(raw: unknown, index: number, ctx: ReadContext): string | null {
  const code = readCode(raw, 'categoryOptionCombo', index, ctx);
  if (code === null) return null;
  return code === undefined || isDefaultCombo(code) ? DEFAULT_OPTION_COMBO : code;
}

// The attribute option combo as named; DHIS2's default is no attribute at all.
function readAttributeCombo(raw: unknown, index: number, ctx: ReadContext): string | undefined | null {
  const code = readCode(raw, 'attributeOptionCombo', index, ctx);
  return code && isDefaultCombo(code) ? undefined : code;
}

/** A DHIS2 boolean: JSON `true`/`false`, or the text `true`/`false` in any letter case; empty is absent. */
export function readBoolean(raw: unknown): boolean | undefined | typeof INVALID {
  if (raw === undefined || raw === null || typeof raw === 'boolean') return raw ?? undefined;
  if (typeof raw !== 'string') return INVALID;
  const text = raw.trim().toLowerCase();
  if (text === '') return undefined;
  return text === 'true' ? true : text === 'false' ? false : INVALID;
}

function readFlag(
  raw: unknown,
  field: 'deleted' | 'followup',
  index: number,
  ctx: ReadContext,
): boolean | undefined | null {
  const flag = readBoolean(raw);
  if (flag !== INVALID) return flag;
  const message = messages.invalidBoolean(ctx.place(index), field, ctx.key(field), String(raw));
  return report(ctx, index, field, 'INVALID_FIELD', message);
}

// Kept as written when it is a real ISO date or date-time; never invented, never reformatted.
function readTimestamp(
  raw: unknown,
  field: 'created' | 'lastUpdated',
  index: number,
  ctx: ReadContext,
): string | undefined | null {
  const text = readCode(raw, field, index, ctx);
  if (!text || isIsoTimestamp(text)) return text;
  return report(
    ctx,
    index,
    field,
    'INVALID_FIELD',
    messages.invalidTimestamp(ctx.place(index), field, ctx.key(field), text),
  );
}

function readStoredBy(raw: unknown, index: number, ctx: ReadContext): string | undefined | null {
  const text = readCode(raw, 'storedBy', index, ctx);
  return text ? toNfc(text) : text;
}

// Value and comment keep their spaces; an empty comment is no comment.
function readText(
  raw: unknown,
  field: 'value' | 'comment',
  index: number,
  ctx: ReadContext,
  optional = false,
): string | undefined | null {
  const text = toText(raw);
  if (text === INVALID) return invalid(ctx, index, field);
  if (text === undefined && field === 'value' && !optional) return missing(ctx, index, field);
  return text === undefined || (text === '' && field === 'comment') ? undefined : toNfc(text);
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
