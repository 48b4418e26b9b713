/** What every reader shares while reading values: where problems go, how places and fields are named, and codes. */
import { parseDhis2Period } from './dhis2-periods.ts';
import { messages, type FieldName } from './messages.ts';
import type { InterchangeProblem, InterchangeProblemCode } from './types.ts';

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

/** Text as given, numbers as written by String (12 → "12"), absent for undefined/null; anything else is invalid. */
export function toText(raw: unknown): string | undefined | typeof INVALID {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return INVALID;
}

/** Records a missing field; returns null. */
export const missing = (ctx: ReadContext, index: number, field: FieldName): null =>
  report(ctx, index, field, 'MISSING_FIELD', messages.missingField(ctx.place(index), field, ctx.key(field)));

/** Records a field of the wrong JSON type; returns null. */
export const invalid = (ctx: ReadContext, index: number, field: FieldName): null =>
  report(ctx, index, field, 'INVALID_FIELD', messages.invalidField(ctx.place(index), field, ctx.key(field)));

/** A code: trimmed; empty counts as absent; null after recording a field of the wrong type. */
export function readCode(raw: unknown, field: FieldName, index: number, ctx: ReadContext): string | undefined | null {
  const text = toText(raw);
  if (text === INVALID) return invalid(ctx, index, field);
  const code = text?.trim();
  return code === '' ? undefined : code;
}

/** A code that must be there. */
export function requireCode(raw: unknown, field: FieldName, index: number, ctx: ReadContext): string | null {
  const code = readCode(raw, field, index, ctx);
  return code === undefined ? missing(ctx, index, field) : code;
}
