/**
 * The whole year's value of an item estimated from the months reported so far, with the method stated:
 * - `LAST_YEAR_SHAPE`: a flow (summed over months) follows last year's months: to date × last year's total ÷ last
 *   year's same months. Used when last year has all twelve months and something in the same months.
 * - `LINEAR`: a flow without that history: to date × 12 ÷ months counted.
 * - `LEVEL_TO_DATE`: a level (a register, a rate, a coverage) is its value to date; nothing is extrapolated.
 * Months not reported are not zeros: a flow counts only the months that have a value.
 */
export const ESTIMATE_METHODS = ['LAST_YEAR_SHAPE', 'LINEAR', 'LEVEL_TO_DATE'] as const;
export type EstimateMethod = (typeof ESTIMATE_METHODS)[number];

export interface YearEstimate {
  value: number;
  method: EstimateMethod;
}

/**
 * `thisYear`: the flow's monthly values January…the last month counted (null: not reported); `lastYear`: last
 * year's twelve months. For a level, pass `level` (its value to date) instead. Null when nothing was reported.
 */
export function estimateYear(
  input: { kind: 'flow'; thisYear: readonly (number | null)[]; lastYear: readonly (number | null)[] } | { kind: 'level'; level: number | null },
): YearEstimate | null {
  if (input.kind === 'level') return input.level === null ? null : { value: input.level, method: 'LEVEL_TO_DATE' };
  const reported = input.thisYear.flatMap((v, month) => (v === null ? [] : [{ v, month }]));
  if (reported.length === 0) return null;
  const toDate = reported.reduce((sum, r) => sum + r.v, 0);
  const lastComplete = input.lastYear.length === 12 && input.lastYear.every((v) => v !== null);
  if (lastComplete) {
    const lastTotal = (input.lastYear as number[]).reduce((a, b) => a + b, 0);
    const lastSame = reported.reduce((sum, r) => sum + (input.lastYear[r.month] as number), 0);
    if (lastSame > 0) return { value: round2((toDate * lastTotal) / lastSame), method: 'LAST_YEAR_SHAPE' };
  }
  return { value: round2((toDate * 12) / reported.length), method: 'LINEAR' };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
