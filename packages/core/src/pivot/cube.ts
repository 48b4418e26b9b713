/** The analytics table as a dense cube: a cell by its three codes, and the sum over a block of cells, by index. */
import type { AnalyticsTable, DataItemMeta, Dimension, DimensionItem } from '../api/analytics.ts';

export type Coords = Record<Dimension, string>;

/** Items of every dimension, and each cell's value by its coordinates. */
export interface Cube {
  items: Record<Dimension, DimensionItem[]>;
  dataItems: Map<string, DataItemMeta>;
  value(c: Coords): number | null;
  /** The value where two partial coordinates together name every dimension (no object is built: grids call it a lot). */
  valueAt(a: Partial<Coords>, b: Partial<Coords>): number | null;
}

interface DenseCube extends Cube {
  index: Record<Dimension, Map<string, number>>;
  /** Values at `(dx * ou.length + ou) * pe.length + pe`; NaN where the table lists no cell. */
  values: Float64Array;
}

const positions = (items: readonly DimensionItem[]) => new Map(items.map((item, i) => [item.code, i]));

/** Indexes the table's cells; a cell not listed reads as null (no data). */
export function cubeOf(table: AnalyticsTable): Cube {
  const { dx, ou, pe } = table.items;
  const index = { dx: positions(dx), ou: positions(ou), pe: positions(pe) };
  const values = new Float64Array(dx.length * ou.length * pe.length).fill(NaN);
  const at = (c: Coords) => {
    const d = index.dx.get(c.dx);
    const o = index.ou.get(c.ou);
    const p = index.pe.get(c.pe);
    return d === undefined || o === undefined || p === undefined ? -1 : (d * ou.length + o) * pe.length + p;
  };
  for (const cell of table.cells) {
    const i = at(cell);
    if (i >= 0) values[i] = cell.value;
  }
  const read = (i: number) => (i < 0 || Number.isNaN(values[i]!) ? null : values[i]!);
  const cube: DenseCube = {
    items: table.items,
    dataItems: new Map(dx.map((d) => [d.code, d])),
    index,
    values,
    value: (c) => read(at(c)),
    valueAt: (a, b) => {
      const d = index.dx.get((a.dx ?? b.dx)!);
      const o = index.ou.get((a.ou ?? b.ou)!);
      const p = index.pe.get((a.pe ?? b.pe)!);
      return read(d === undefined || o === undefined || p === undefined ? -1 : (d * ou.length + o) * pe.length + p);
    },
  };
  return cube;
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

/** The index range a dimension takes in a block: its fixed item, or all of its items. */
function range(cube: DenseCube, d: Dimension, fixed: Partial<Coords>): [number, number] {
  const code = fixed[d];
  if (code === undefined) return [0, cube.items[d].length];
  const i = cube.index[d].get(code) ?? -1;
  return i < 0 ? [0, 0] : [i, i + 1];
}

/**
 * The sum of the cells where `fixed` holds and the dimensions it leaves out take every item; null when none has a
 * value (a block with no data is "no data", not zero).
 */
export function sumOver(cube: Cube, fixed: Partial<Coords>): number | null {
  const c = cube as DenseCube;
  const [d0, d1] = range(c, 'dx', fixed);
  const [o0, o1] = range(c, 'ou', fixed);
  const [p0, p1] = range(c, 'pe', fixed);
  const ous = c.items.ou.length;
  const pes = c.items.pe.length;
  let sum = 0;
  let any = false;
  for (let d = d0; d < d1; d++) {
    for (let o = o0; o < o1; o++) {
      const row = (d * ous + o) * pes;
      for (let p = p0; p < p1; p++) {
        const v = c.values[row + p]!;
        if (!Number.isNaN(v)) {
          sum += v;
          any = true;
        }
      }
    }
  }
  return any ? sum : null;
}
