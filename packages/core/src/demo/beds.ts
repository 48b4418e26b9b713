/**
 * Hospital beds by level (category TUYEN): plan beds (LAST) held from one plan to the next, and
 * bed-days (SUM) from an occupancy rate with a Tết dip, COVID-era lows and noise.
 */
import type { DemoContext } from './context.ts';
import { daysInMonth, monthOfYear, yearOf } from './months.ts';
import { byNearestYear } from './profiles.ts';
import { randomFor, swing } from './random.ts';
import { setProvinceSeries } from './stocks.ts';

/** Elements this model writes. */
export const BED_ELEMENTS = ['KCB_BEDS_PLAN', 'KCB_BED_DAYS'] as const;

const PLAN: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  TINH: { 2019: 1_000, 2020: 1_030, 2021: 1_050, 2022: 1_080, 2023: 1_100 },
  HUYEN: { 2019: 540, 2020: 550, 2021: 560 },
  PKDKKV: { 2019: 120, 2020: 115, 2021: 110 },
};
const OCCUPANCY: Readonly<Record<string, number>> = { TINH: 0.86, HUYEN: 0.55, PKDKKV: 0.68 };
const YEAR_FACTOR: Readonly<Record<number, number>> = { 2019: 1, 2020: 0.9, 2021: 0.8, 2022: 0.92, 2023: 1 };
const SEASON = [0.88, 0.85, 1, 1, 1, 1, 1.03, 1.03, 1.03, 1.03, 1, 0.98];

/** Generates plan beds and bed-days for every level; the report's figures win where it states them. */
export function generateBeds(ctx: DemoContext): void {
  const beds = ctx.placements.get('KCB_BEDS_PLAN');
  const days = ctx.placements.get('KCB_BED_DAYS');
  if (!beds || !days) return;
  for (const level of beds.combos) {
    const plan = planBeds(ctx, level);
    const bedDays = ctx.months.map((month, m) => {
      const stated = ctx.targets.valueAt('KCB_BED_DAYS', month, level);
      if (stated !== undefined) return stated;
      const rate =
        (OCCUPANCY[level] ?? 0.7) * byNearestYear(YEAR_FACTOR, yearOf(month)) * SEASON[monthOfYear(month) - 1]!;
      return Math.round(
        plan[m]! *
          daysInMonth(month) *
          Math.min(1.2, rate * swing(randomFor(ctx.seed, 'KCB_BED_DAYS', level, month), 0.05)),
      );
    });
    setProvinceSeries(ctx, 'KCB_BEDS_PLAN', plan, level);
    if (days.combos.includes(level)) setProvinceSeries(ctx, 'KCB_BED_DAYS', bedDays, level);
  }
}

/** A stated plan holds until the next one; months before the first of its year take it too; other years use the table. */
function planBeds(ctx: DemoContext, level: string): number[] {
  const stated = ctx.months.map((month) => ctx.targets.valueAt('KCB_BEDS_PLAN', month, level));
  return ctx.months.map((month, m) => {
    for (let k = m; k >= 0; k--) if (stated[k] !== undefined) return stated[k]!;
    const later = stated.findIndex((v, k) => v !== undefined && yearOf(ctx.months[k]!) === yearOf(month));
    if (later >= 0) return stated[later]!;
    return byNearestYear(PLAN[level] ?? { 2019: 100 }, yearOf(month));
  });
}
