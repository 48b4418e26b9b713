// Laying out, exporting and drawing a province-sized analytics table: 10 elements × 120 units × 60 months
// (72,000 cells, the province pivot of issue 14). In memory, so it runs once, not per dialect; the baseline is
// indexing the same cells into a Map, the least any layout has to do.
import { performance } from 'node:perf_hooks';
import type { AnalyticsTable, PivotLayout } from '../packages/core/src/api/analytics.ts';
import { chartOption } from '../packages/core/src/charts/index.ts';
import { pivotGrid } from '../packages/core/src/pivot/index.ts';
import { pivotCsv } from '../packages/core/src/pivot/pivot-csv.ts';
import { count, month, tableOf, unit } from '../packages/core/src/pivot/pivot.fixtures.ts';
import { chartSvg } from '../packages/server/src/features/analytics-export/chart-svg.ts';
import { pivotWorkbook } from '../packages/server/src/features/analytics-export/pivot-workbook.ts';
import type { Benchmark } from './run.ts';

const RUNS = 5;

async function median(work: () => unknown): Promise<number> {
  const runs: number[] = [];
  await work();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[RUNS >> 1]!;
}

/** A deterministic table with one cell in 13 missing. */
function provinceTable(): AnalyticsTable {
  const dx = Array.from({ length: 10 }, (_, i) => count(`E${i}`, `Chỉ tiêu ${i + 1}`));
  const ou = Array.from({ length: 120 }, (_, i) => unit(`U${i}`, `Đơn vị ${i + 1}`));
  const pe = Array.from({ length: 60 }, (_, i) =>
    month(`${2019 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`),
  );
  const cells = dx.flatMap((d, di) =>
    ou.flatMap((o, oi) =>
      pe.flatMap((p, pi) =>
        (di + oi + pi) % 13 === 0 ? [] : [{ dx: d.code, ou: o.code, pe: p.code, value: (di * 7 + oi * 3 + pi) % 50 }],
      ),
    ),
  );
  return tableOf({ dx, ou, pe }, cells);
}

const layout: PivotLayout = {
  rows: ['ou', 'dx'],
  columns: ['pe'],
  totals: { rows: true, columns: true },
  subtotals: true,
  hideEmptyRows: true,
  hideEmptyColumns: false,
  sort: null,
};

let ran = false;

export const pivotBenchmarks: Benchmark = async () => {
  if (ran) return [];
  ran = true;
  const table = provinceTable();
  const grid = pivotGrid(table, layout);
  const districts = {
    ...table,
    items: { ...table.items, dx: table.items.dx.slice(0, 1), ou: table.items.ou.slice(0, 12) },
  };
  return [
    {
      name: 'pivot 72k cells: baseline (index cells)',
      value: await median(() => new Map(table.cells.map((c) => [`${c.dx}|${c.ou}|${c.pe}`, c.value]))),
      unit: 'ms',
    },
    {
      name: 'pivot 72k cells: grid, subtotals, totals',
      value: await median(() => pivotGrid(table, layout)),
      unit: 'ms',
    },
    { name: 'pivot 72k cells: CSV', value: await median(() => pivotCsv(grid)), unit: 'ms' },
    { name: 'pivot 72k cells: .xlsx', value: await median(() => pivotWorkbook(grid)), unit: 'ms' },
    {
      name: 'chart 12 lines × 60 months: SVG',
      value: await median(() =>
        chartSvg(chartOption(districts, { type: 'line', series: 'ou', category: 'pe' }), 800, 400),
      ),
      unit: 'ms',
    },
  ];
};
