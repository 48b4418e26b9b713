/** The state shared by the demo's models: the months, where elements go, the targets and the series so far. */
import type { MetadataPackage, OrgUnitPackage } from '../metadata/types.ts';
import type { Placement } from './placement.ts';
import type { TargetIndex } from './targets.ts';

/** Values of one element and option combo: `values[unit][month]`, units and months as in the context. */
export type Matrix = number[][];

export interface DemoContext {
  seed: number;
  pkg: MetadataPackage;
  orgUnits: OrgUnitPackage;
  /** Every month generated, oldest first (at least the whole demo range). */
  months: string[];
  placements: Map<string, Placement>;
  targets: TargetIndex;
  /** Generated series by `element` then option combo. */
  series: Map<string, Map<string, Matrix>>;
}

/** A matrix of zeros shaped for the element's units. */
export function zeros(ctx: DemoContext, units: number): Matrix {
  return Array.from({ length: units }, () => ctx.months.map(() => 0));
}

/** Stores the values of one element and option combo. */
export function setSeries(ctx: DemoContext, element: string, combo: string, values: Matrix): void {
  const byCombo = ctx.series.get(element) ?? new Map<string, Matrix>();
  byCombo.set(combo, values);
  ctx.series.set(element, byCombo);
}

/** The element's values summed over option combos, per unit and month (zeros if not generated). */
export function totalOverCombos(ctx: DemoContext, element: string): Matrix {
  const units = ctx.placements.get(element)?.units.length ?? 0;
  const total = zeros(ctx, units);
  for (const matrix of ctx.series.get(element)?.values() ?? []) {
    matrix.forEach((row, u) => row.forEach((v, m) => (total[u]![m]! += v)));
  }
  return total;
}

/** The element's values summed over option combos and units, per month. */
export function provinceSeries(ctx: DemoContext, element: string): number[] {
  const total = totalOverCombos(ctx, element);
  return ctx.months.map((_, m) => total.reduce((s, row) => s + row[m]!, 0));
}

/** Index of a month in the context (throws when outside). */
export function monthIndex(ctx: DemoContext, month: string): number {
  const i = ctx.months.indexOf(month);
  if (i < 0) throw new Error(`Month ${month} is outside the generated range`);
  return i;
}
