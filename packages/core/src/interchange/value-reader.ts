/** Structural checks shared by every reader: the raw fields of one value → a `ParsedValue`, or problems. */
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import { tryParsePeriod } from '../period/index.ts';
import { toNfc } from '../vi/nfc.ts';
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
}

/** What a reader knows while reading: how its format names places and fields, and where problems go. */
export interface ReadContext {
  problems: InterchangeProblem[];
  /** The place of the value at `index` as shown to users: `Dòng 12`, `Giá trị thứ 3`. */
  place(index: number): string;
  /** The field's name in this format: `dataelement` in CSV, `dataElement` in JSON. */
  key(field: FieldName): string;
  periods: PeriodCodes;
}

/** Period code → canonical code (or null), remembered: a file holds a million values but a handful of periods. */
export class PeriodCodes {
  private readonly known = new Map<string, string | null>();

  /** The canonical DHIS2 code (`2024W5` → `2024W05`), or null when the code names no period. */
  canonical(code: string): string | null {
    let result = this.known.get(code);
    if (result === undefined) {
      result = tryParsePeriod(code)?.code ?? null;
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

const INVALID = Symbol('invalid');

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

// Non-default attribute option combos have nowhere to go in a `DataValue`; better refused than silently merged.
function checkAttributeCombo(raw: unknown, index: number, ctx: ReadContext): void {
  const code = readCode(raw, 'attributeOptionCombo', index, ctx);
  if (code && code !== DEFAULT_OPTION_COMBO) {
    const message = messages.unsupportedAttributeCombo(ctx.place(index), code);
    report(ctx, index, 'attributeOptionCombo', 'UNSUPPORTED_ATTRIBUTE_COMBO', message);
  }
}

// Value and comment keep their spaces; an empty comment is no comment.
function readText(
  raw: unknown,
  field: 'value' | 'comment',
  index: number,
  ctx: ReadContext,
): string | undefined | null {
  const text = toText(raw);
  if (text === INVALID) return invalid(ctx, index, field);
  if (text === undefined && field === 'value') return missing(ctx, index, field);
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
  const combo = readCode(raw.categoryOptionCombo, 'categoryOptionCombo', index, ctx);
  checkAttributeCombo(raw.attributeOptionCombo, index, ctx);
  const value = readText(raw.value, 'value', index, ctx);
  const comment = readText(raw.comment, 'comment', index, ctx);
  if (ctx.problems.length > before) return null;
  const parsed: ParsedValue = {
    dataElement: dataElement!,
    categoryOptionCombo: combo ?? DEFAULT_OPTION_COMBO,
    orgUnit: orgUnit!,
    period: period!,
    value: value!,
    index,
  };
  if (comment !== undefined && comment !== null) parsed.comment = comment;
  if (dataSet !== undefined) parsed.dataSet = dataSet;
  return parsed;
}
