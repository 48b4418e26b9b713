import type { ValueType } from '../metadata/types.ts';

/** A raw value checked against its element's value type: the normalised text to store, or why it is refused. */
export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

const MAX_TEXT = 50_000;

/** Vietnamese reasons a value is refused; one place so the UI, the API and imports say the same thing. */
export const valueMessages = {
  notNonNegativeInteger: (raw: string) => `Giá trị "${raw}" không hợp lệ: phải là số nguyên không âm (0, 1, 2, …).`,
  notNumber: (raw: string) => `Giá trị "${raw}" không phải là số.`,
  notPercentage: (raw: string) => `Giá trị "${raw}" không hợp lệ: tỷ lệ phần trăm phải từ 0 đến 100.`,
  tooLong: `Nội dung quá dài (tối đa ${MAX_TEXT} ký tự).`,
} as const;

/** Checks and normalises a non-empty raw value (`" 07 "` → `"7"`); empty values mean "delete" and are the caller's business. */
export function checkValue(valueType: ValueType, raw: string): ValueCheck {
  const text = raw.trim();
  switch (valueType) {
    case 'INTEGER_ZERO_OR_POSITIVE':
      return /^\d{1,15}$/.test(text) ? { ok: true, value: String(Number(text)) } : { ok: false, message: valueMessages.notNonNegativeInteger(raw) };
    case 'NUMBER': {
      const n = parseNumber(text);
      return n === null ? { ok: false, message: valueMessages.notNumber(raw) } : { ok: true, value: String(n) };
    }
    case 'PERCENTAGE': {
      const n = parseNumber(text);
      return n === null || n < 0 || n > 100 ? { ok: false, message: valueMessages.notPercentage(raw) } : { ok: true, value: String(n) };
    }
    case 'TEXT':
      return raw.length > MAX_TEXT ? { ok: false, message: valueMessages.tooLong } : { ok: true, value: raw.normalize('NFC') };
  }
}

/** A plain decimal (a Vietnamese decimal comma is accepted: "66,8"); no exponents, no thousands separators. */
function parseNumber(text: string): number | null {
  const normalised = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}
