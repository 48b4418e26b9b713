import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension, PivotLayout } from '../api/analytics.ts';
import { pivotCsv } from './pivot-csv.ts';
import { pivotGrid } from './pivot-grid.ts';
import { countTables } from './pivot.fixtures.ts';

/** Every way of putting the three dimensions on rows and columns. */
const axes: fc.Arbitrary<{ rows: Dimension[]; columns: Dimension[] }> = fc
  .tuple(
    fc.shuffledSubarray(['dx', 'ou', 'pe'] as Dimension[], { minLength: 3, maxLength: 3 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([dims, split]) => ({ rows: dims.slice(0, split), columns: dims.slice(split) }));

const layouts: fc.Arbitrary<PivotLayout> = fc.record({
  rows: fc.constant([]),
  columns: fc.constant([]),
  totals: fc.constant({ rows: true, columns: true }),
  subtotals: fc.boolean(),
  hideEmptyRows: fc.boolean(),
  hideEmptyColumns: fc.boolean(),
  sort: fc.constant(null),
});

const arbitrary = fc.tuple(countTables, axes, layouts).map(([table, a, l]) => ({ table, layout: { ...l, ...a } }));

describe('pivotGrid laws', () => {
  it('the grand total of counts is the sum of every cell, or empty when no cell has a value', () => {
    fc.assert(
      fc.property(arbitrary, ({ table, layout }) => {
        const g = pivotGrid(table, layout);
        const sum = table.cells.length ? table.cells.reduce((s, c) => s + c.value, 0) : null;
        const last = g.rows.at(-1)!.cells.at(-1)!;
        expect(last.value).toBe(sum);
        // Each subtotal is the sum of its group's cells.
        for (const row of g.rows.filter((r) => r.kind === 'subtotal')) {
          const outer = layout.rows[0]!;
          const inGroup = table.cells.filter((c) => c[outer] === row.codes[0]);
          expect(row.cells.at(-1)!.value).toBe(inGroup.length ? inGroup.reduce((s, c) => s + c.value, 0) : null);
        }
      }),
    );
  });

  it('hiding empty rows or columns never changes a total', () => {
    fc.assert(
      fc.property(arbitrary, ({ table, layout }) => {
        const shown = pivotGrid(table, { ...layout, hideEmptyRows: false, hideEmptyColumns: false });
        const hidden = pivotGrid(table, { ...layout, hideEmptyRows: true, hideEmptyColumns: true });
        const totals = (g: typeof shown) => {
          const byKey = new Map(g.columns.map((c, i) => [c.key, i]));
          const rows = g.rows.filter((r) => r.kind !== 'item');
          return { byKey, rows };
        };
        const a = totals(shown);
        const b = totals(hidden);
        for (const row of b.rows) {
          const twin = a.rows.find((r) => r.key === row.key)!;
          for (const [key, i] of b.byKey) expect(row.cells[i]!.value).toBe(twin.cells[a.byKey.get(key)!]!.value);
        }
        expect(hidden.rows.at(-1)!.cells.at(-1)!.value).toBe(shown.rows.at(-1)!.cells.at(-1)!.value);
      }),
    );
  });

  it('sorting by any column is a permutation of the rows, ordered by that column with empty cells last', () => {
    fc.assert(
      fc.property(arbitrary, fc.boolean(), fc.nat(), ({ table, layout }, asc, pick) => {
        const plain = pivotGrid(table, { ...layout, subtotals: false });
        const column = plain.columns[pick % plain.columns.length]!;
        const sort = { column: column.key, direction: asc ? 'asc' : 'desc' } as const;
        const sorted = pivotGrid(table, { ...layout, subtotals: false, sort });
        const keys = (g: typeof plain) => g.rows.map((r) => r.key);
        expect([...keys(sorted)].sort()).toEqual([...keys(plain)].sort());
        const i = sorted.columns.findIndex((c) => c.key === column.key);
        const vals = sorted.rows.filter((r) => r.kind === 'item').map((r) => r.cells[i]!.value);
        const firstNull = vals.indexOf(null);
        if (firstNull >= 0) expect(vals.slice(firstNull).every((v) => v === null)).toBe(true);
        const numbers = vals.filter((v): v is number => v !== null);
        numbers.slice(1).forEach((v, k) => expect(asc ? v >= numbers[k]! : v <= numbers[k]!).toBe(true));
      }),
    );
  });
});

describe('pivotCsv law', () => {
  it('reads back as the grid: one line per header row and body row, each figure the cell’s value', () => {
    fc.assert(
      fc.property(arbitrary, ({ table, layout }) => {
        const grid = pivotGrid(table, layout);
        const lines = parse(pivotCsv(grid).slice(1)) as string[][];
        expect(lines).toHaveLength(grid.headerRows.length + grid.rows.length);
        const width = grid.rowDimensions.length + grid.columns.length;
        for (const line of lines) expect(line).toHaveLength(width);
        grid.rows.forEach((row, r) => {
          const fields = lines[grid.headerRows.length + r]!.slice(grid.rowDimensions.length);
          expect(fields.map((f) => (f === '' ? null : Number(f)))).toEqual(row.cells.map((c) => c.value));
        });
      }),
    );
  });
});
