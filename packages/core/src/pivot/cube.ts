/** The analytics table as a lookup: a cell by its three codes, and the sum over a block of cells. */
import type { AnalyticsTable, DataItemMeta, Dimension, DimensionItem } from '../api/analytics.ts';

export type Coords = Record<Dimension, string>;

/** Items of every dimension, and each cell's value by its coordinates. */
export interface Cube {
  items: Record<Dimension, DimensionItem[]>;
  dataItems: Map<string, DataItemMeta>;
  value(c: Coords): number | null;
}

const key = (c: Coords) => `${c.dx}\u0000${c.ou}\u0000${c.pe}`;

/** Indexes the table's cells; a cell not listed reads as null (no data). */
export function cubeOf(table: AnalyticsTable): Cube {
  const values = new Map<string, number>();
  for (const cell of table.cells) values.set(key(cell), cell.value);
  return {
    items: table.items,
    dataItems: new Map(table.items.dx.map((d) => [d.code, d])),
    value: (c) => values.get(key(c)) ?? null,
  };
}

/** Every combination of one item per dimension, in the items' order, the first dimension outermost. */
export function combinations(cube: Cube, dims: readonly Dimension[]): string[][] {
  let out: string[][] = [[]];
  for (const d of dims) out = out.flatMap((prefix) => cube.items[d].map((i) => [...prefix, i.code]));
  return out;
}

/** Coordinates from partial assignments; every dimension must be assigned by one of them. */
export function coordsOf(dims: readonly Dimension[], codes: readonly string[], base: Partial<Coords>): Coords {
  const c: Partial<Coords> = { ...base };
  dims.forEach((d, i) => (c[d] = codes[i]!));
  return c as Coords;
}

/**
 * The sum of the cells where `fixed` holds and the `free` dimensions take every item; null when none has a value
 * (a block with no data is "no data", not zero).
 */
export function sumOver(cube: Cube, fixed: Partial<Coords>, free: readonly Dimension[]): number | null {
  let sum: number | null = null;
  for (const codes of combinations(cube, free)) {
    const v = cube.value(coordsOf(free, codes, fixed));
    if (v !== null) sum = (sum ?? 0) + v;
  }
  return sum;
}
