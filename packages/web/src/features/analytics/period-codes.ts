import { RELATIVE_PERIODS, type RelativePeriod } from '@syt/core/api/analytics.ts';

export type FixedPeriodType = 'month' | 'quarter' | 'year';

/** How the picker reads a period list: fixed years × months (or quarters), relative periods, and the rest (weeks). */
export interface PeriodSelection {
  type: FixedPeriodType | null;
  years: number[];
  /** Months 1–12 or quarters 1–4 picked in every year; empty for all. */
  parts: number[];
  relative: RelativePeriod[];
  other: string[];
}

const isRelative = (code: string): code is RelativePeriod => (RELATIVE_PERIODS as readonly string[]).includes(code);

function typeOf(code: string): { type: FixedPeriodType; year: number; part: number } | null {
  const month = /^(\d{4})(\d{2})$/.exec(code);
  if (month) return { type: 'month', year: Number(month[1]), part: Number(month[2]) };
  const quarter = /^(\d{4})Q([1-4])$/.exec(code);
  if (quarter) return { type: 'quarter', year: Number(quarter[1]), part: Number(quarter[2]) };
  if (/^\d{4}$/.test(code)) return { type: 'year', year: Number(code), part: 0 };
  return null;
}

const uniqueSorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** Reads a query's period list into the picker's fields; codes of another fixed type than the first go to `other`. */
export function readPeriods(codes: readonly string[]): PeriodSelection {
  const relative = codes.filter(isRelative);
  const fixed = codes.map((code) => ({ code, parsed: typeOf(code) }));
  const type = fixed.find((f) => f.parsed)?.parsed?.type ?? null;
  const same = fixed.filter((f) => f.parsed?.type === type && type !== null).map((f) => f.parsed!);
  const other = fixed.filter((f) => !isRelative(f.code) && (!f.parsed || f.parsed.type !== type)).map((f) => f.code);
  const full = type === 'month' ? 12 : type === 'quarter' ? 4 : 0;
  // A year has no parts; all of a year's months (or quarters) read as "no choice", every one.
  const parts = full === 0 ? [] : uniqueSorted(same.map((p) => p.part));
  return { type, years: uniqueSorted(same.map((p) => p.year)), parts: parts.length === full ? [] : parts, relative, other };
}

/** The period list of the picker's fields: years in order, each with its months or quarters, then the rest. */
export function writePeriods(selection: PeriodSelection): string[] {
  const { type, years, parts } = selection;
  const all = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const fixed = years.flatMap((year) => {
    if (type === 'year') return [String(year)];
    if (type === 'quarter') return (parts.length ? parts : all(4)).map((q) => `${year}Q${q}`);
    if (type === 'month') return (parts.length ? parts : all(12)).map((m) => `${year}${String(m).padStart(2, '0')}`);
    return [];
  });
  return [...fixed, ...selection.other, ...selection.relative];
}
