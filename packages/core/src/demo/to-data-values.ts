/** Turns the generated series into DHIS2-style data values, keeping only months in which the unit is open. */
import type { DataValue } from '../datavalue/types.ts';
import type { DemoContext } from './context.ts';
import { monthBounds } from './months.ts';

export interface OutputOptions {
  from: string;
  to: string;
  includeZeros: boolean;
}

/** Data values of every generated series within [from, to], in element, combo, unit and period order. */
export function toDataValues(ctx: DemoContext, o: OutputOptions): DataValue[] {
  const units = new Map(ctx.orgUnits.orgUnits.map((u) => [u.code, u]));
  const open = (unit: string, month: string) => {
    const u = units.get(unit);
    const { start, end } = monthBounds(month);
    return u !== undefined && u.openingDate <= end && (u.closingDate === null || u.closingDate >= start);
  };
  const values: DataValue[] = [];
  for (const placement of ctx.placements.values()) {
    const byCombo = ctx.series.get(placement.element.code);
    for (const combo of placement.combos) {
      const matrix = byCombo?.get(combo);
      placement.units.forEach((unit, u) =>
        ctx.months.forEach((period, m) => {
          const value = matrix?.[u]?.[m] ?? 0;
          if (period < o.from || period > o.to || !open(unit, period)) return;
          if (!Number.isInteger(value) || value < 0)
            throw new Error(`Demo value ${value} for ${placement.element.code} ${unit} ${period}`);
          if (value === 0 && !o.includeZeros) return;
          values.push({
            dataElement: placement.element.code,
            categoryOptionCombo: combo,
            orgUnit: unit,
            period,
            value: String(value),
          });
        }),
      );
    }
  }
  return values;
}
