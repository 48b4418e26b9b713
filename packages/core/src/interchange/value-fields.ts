/** Readers of one field each: periods, option combos, DHIS2's flags, timestamps and texts. */
import { DEFAULT_OPTION_COMBO } from '../metadata/types.ts';
import { DEFAULT_OPTION_COMBO_UID } from '../metadata/uid.ts';
import { toNfc } from '../vi/nfc.ts';
import { isIsoTimestamp } from './iso-timestamp.ts';
import { messages } from './messages.ts';
import { INVALID, invalid, missing, readCode, report, requireCode, toText, type ReadContext } from './read-context.ts';

/** A period code in canonical form, or null after recording why it is none. */
export function readPeriod(raw: unknown, index: number, ctx: ReadContext): string | null {
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
export function readCategoryCombo(raw: unknown, index: number, ctx: ReadContext): string | null {
  const code = readCode(raw, 'categoryOptionCombo', index, ctx);
  if (code === null) return null;
  return code === undefined || isDefaultCombo(code) ? DEFAULT_OPTION_COMBO : code;
}

// The attribute option combo as named; DHIS2's default is no attribute at all.
export function readAttributeCombo(raw: unknown, index: number, ctx: ReadContext): string | undefined | null {
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

export function readFlag(
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
export function readTimestamp(
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

export function readStoredBy(raw: unknown, index: number, ctx: ReadContext): string | undefined | null {
  const text = readCode(raw, 'storedBy', index, ctx);
  return text ? toNfc(text) : text;
}

// Value and comment keep their spaces; an empty comment is no comment.
export function readText(
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
