import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastPeriodPerUnit, aggregateOverTime } from '../aggregate/index.ts';
import { createPeriod, parsePeriod, type Period } from '../period/index.ts';
import { seriesValue, type SeriesRows } from './cell-value.ts';
import { computeCells, type CellItem } from './cells.ts';
import { seriesByUnit, type GroupedRow, type SeriesDef } from './series.ts';

const row = (root: string, period: string, value: number, extra: Partial<GroupedRow> = {}): GroupedRow =>
  ({ element: 'E', option: '1', root, period, leaf: null, value, ...extra });
const SUM: SeriesDef = { key: 'E', element: 'E', options: ['1', '2'], last: false, sourcePeriodTypes: ['Monthly'] };
const months = (...codes: string[]) => codes.map(parsePeriod);

describe('cells', () => {
  it('sums an output unit over the groups of its roots, and leaves a cell without a value out', () => {
    const rows = [row('615', '202401', 3), row('612', '202401', 4), row('615', '202401', 1, { option: '2' }), row('612', '202402', 0)];
    const series = seriesByUnit(rows, [SUM, { ...SUM, key: 'E.2', options: ['2'] }], new Map([['62', ['615', '612']], ['615', ['615']]]));
    const items: CellItem[] = [{ code: 'E', kind: 'series', key: 'E' }, { code: 'E.2', kind: 'series', key: 'E.2' }];
    expect(computeCells(items, ['62', '615'], months('202401', '202402', '202403'), series)).toEqual([
      { dx: 'E', ou: '62', pe: '202401', value: 8 },
      { dx: 'E', ou: '62', pe: '202402', value: 0 },
      { dx: 'E', ou: '615', pe: '202401', value: 4 },
      { dx: 'E.2', ou: '62', pe: '202401', value: 1 },
      { dx: 'E.2', ou: '615', pe: '202401', value: 1 },
    ]);
  });

  it('takes each stored unit’s own latest value of a LAST element over a quarter', () => {
    const last: SeriesDef = { ...SUM, last: true };
    const rows = [row('62', '202401', 100, { leaf: 'a' }), row('62', '202403', 120, { leaf: 'a' }), row('62', '202402', 55, { leaf: 'b' })];
    const series = seriesByUnit(rows, [last], new Map([['62', ['62']]]));
    expect(computeCells([{ code: 'E', kind: 'series', key: 'E' }], ['62'], [parsePeriod('2024Q1')], series)).toEqual([
      { dx: 'E', ou: '62', pe: '2024Q1', value: 175 },
    ]);
  });

  it('evaluates an indicator with each reference aggregated first, rounded to its decimals', () => {
    const rows = [row('62', '202403', 3100, { element: 'DAYS' }), row('62', '202403', 100, { element: 'BEDS' })];
    const defs = ['DAYS', 'BEDS'].map((e): SeriesDef => ({ ...SUM, key: e, element: e }));
    const series = seriesByUnit(rows, defs, new Map([['62', ['62']]]));
    const indicator: CellItem = {
      code: 'OCC', kind: 'indicator', indicator: { expression: '#{DAYS} / (#{BEDS} * [days]) * 100', decimals: 1, aggregationTypeOf: () => 'SUM' },
    };
    expect(computeCells([indicator], ['62'], months('202403', '202404'), series)).toEqual([{ dx: 'OCC', ou: '62', pe: '202403', value: 100 }]);
  });

  it('gives every cell the value of the whole series aggregated over its period (the cut to a window changes nothing)', () => {
    const month = fc.integer({ min: 0, max: 35 }).map((i) => createPeriod('Monthly', 2022 + Math.floor(i / 12), (i % 12) + 1));
    const stored = fc.oneof(month, fc.integer({ min: 1, max: 52 }).map((w) => createPeriod('Weekly', 2023, w)));
    const rowsArb = fc.array(fc.record({ period: stored, value: fc.integer({ min: 0, max: 50 }), leaf: fc.constantFrom('a', 'b') }), { maxLength: 40 });
    const asked = fc.array(fc.oneof(month, fc.constantFrom('2022', '2023', '2023Q2', '2024S1').map(parsePeriod)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rowsArb, asked, fc.boolean(), fc.constantFrom<readonly ('Monthly' | 'Weekly')[]>(['Monthly'], ['Weekly']), (rows, periods, last, sources) => {
        const unique = [...new Map(periods.map((p) => [p.code, p])).values()];
        const grouped = rows.map((r) => row('62', r.period.code, r.value, { leaf: r.leaf }));
        const def: SeriesDef = { ...SUM, options: ['1'], last, sourcePeriodTypes: sources };
        const cells = computeCells([{ code: 'E', kind: 'series', key: 'E' }], ['62'], unique, seriesByUnit(grouped, [def], new Map([['62', ['62']]])));
        for (const p of unique) {
          const range = { from: p, to: p };
          const opts = { sourcePeriodTypes: sources };
          const whole = last
            ? lastPeriodPerUnit(rows.map((r) => ({ orgUnit: r.leaf, period: r.period.code, value: r.value })), range, opts)
            : aggregateOverTime(rows.map((r) => ({ period: r.period.code, value: r.value })), 'SUM', range, opts);
          expect(cells.find((c) => c.pe === p.code)?.value ?? null).toBe(whole);
        }
      }),
    );
  });

  it('answers null for a series with no rows', () => {
    const none: SeriesRows | undefined = undefined;
    const p: Period = parsePeriod('202401');
    expect(seriesValue(none, { from: p, to: p })).toBeNull();
  });
});
