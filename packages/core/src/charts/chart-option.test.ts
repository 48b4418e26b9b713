import { describe, expect, it } from 'vitest';
import type { ChartLayout } from '../api/analytics.ts';
import { count, month, rate, tableOf, unit } from '../pivot/pivot.fixtures.ts';
import { chartOption } from './chart-option.ts';
import { singleValueOf } from './single-value.ts';

const dengue = count('SXHD', 'Sốt xuất huyết');
const units = [unit('615', 'Đăk Hà'), unit('616', 'Đăk Tô')];
const months = [month('202301'), month('202302'), month('202303')];
const table = tableOf({ dx: [dengue], ou: units, pe: months }, [
  { dx: 'SXHD', ou: '615', pe: '202301', value: 3 },
  { dx: 'SXHD', ou: '615', pe: '202303', value: 1234.5 },
  { dx: 'SXHD', ou: '616', pe: '202302', value: 2 },
]);
const layout = (over: Partial<ChartLayout> = {}): ChartLayout => ({
  type: 'line',
  series: 'ou',
  category: 'pe',
  ...over,
});

describe('chartOption', () => {
  it('draws one line per series item over the categories, a missing value as a gap', () => {
    const o = chartOption(table, layout({ title: 'Sốt xuất huyết theo huyện' }));
    expect(o.xAxis!.data).toEqual(['Tháng 01/2023', 'Tháng 02/2023', 'Tháng 03/2023']);
    expect(o.series).toEqual([
      { type: 'line', name: 'Đăk Hà', data: [3, null, 1234.5], connectNulls: false },
      { type: 'line', name: 'Đăk Tô', data: [null, 2, null], connectNulls: false },
    ]);
    expect(o.title).toMatchObject({ text: 'Sốt xuất huyết theo huyện' });
    expect(o.yAxis!.axisLabel.formatter(1234.5)).toBe('1.234,5');
    expect(o.tooltip!.valueFormatter!(null)).toBe('Không có số liệu');
  });

  it('draws columns, stacked or side by side', () => {
    const side = chartOption(table, layout({ type: 'column', series: 'pe', category: 'ou' }));
    expect(side.series.map((s) => [s.type, s.stack, s.data])).toEqual([
      ['bar', undefined, [3, null]],
      ['bar', undefined, [null, 2]],
      ['bar', undefined, [1234.5, null]],
    ]);
    const stacked = chartOption(table, layout({ type: 'stackedColumn' }));
    expect(stacked.series.every((s) => s.type === 'bar' && s.stack === 'total')).toBe(true);
  });

  it('names the layout field when the dimensions do not fit', () => {
    expect(() => chartOption(table, layout({ series: 'pe', category: 'pe' }))).toThrow(
      expect.objectContaining({ field: 'layout.category' }),
    );
    const two = tableOf({ dx: [dengue, rate('TL')], ou: units, pe: months }, []);
    expect(() => chartOption(two, layout())).toThrow(
      expect.objectContaining({
        field: 'layout.series',
        message: 'Chiều «Dữ liệu» không vẽ trên biểu đồ nên phải có đúng một mục (đang có 2)',
      }),
    );
  });

  it('draws the same months of each year as one line per year', () => {
    const pe = ['202211', '202212', '202301', '202302'].map(month);
    const t = tableOf({ dx: [dengue], ou: [units[0]!], pe }, [
      { dx: 'SXHD', ou: '615', pe: '202211', value: 7 },
      { dx: 'SXHD', ou: '615', pe: '202302', value: 4 },
    ]);
    const o = chartOption(t, layout({ type: 'yearOverYear' }));
    expect(o.xAxis!.data).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
    expect(o.series.map((s) => s.name)).toEqual(['Năm 2022', 'Năm 2023']);
    expect(o.series[0]!.data).toEqual([...Array(10).fill(null), 7, null]);
    expect(o.series[1]!.data).toEqual([null, 4, ...Array(10).fill(null)]);
    const quarters = tableOf(
      {
        dx: [dengue],
        ou: [units[0]!],
        pe: [{ code: '2023Q1', name: 'Quý 1/2023', startDate: '2023-01-01', endDate: '2023-03-31' }],
      },
      [],
    );
    expect(() => chartOption(quarters, layout({ type: 'yearOverYear' }))).toThrow(
      'Biểu đồ so sánh các năm cần các kỳ tháng',
    );
  });

  it('shows a single figure with its change against the same month a year before', () => {
    const t = tableOf({ dx: [dengue], ou: [units[0]!], pe: [month('202211'), month('202311')] }, [
      { dx: 'SXHD', ou: '615', pe: '202311', value: 125 },
      { dx: 'SXHD', ou: '615', pe: '202211', value: 100 },
    ]);
    expect(singleValueOf(t)).toEqual({
      dx: 'SXHD',
      ou: '615',
      period: { code: '202311', name: 'Tháng 11/2023' },
      lastYearPeriod: { code: '202211', name: 'Tháng 11/2022' },
      value: 125,
      lastYear: 100,
      change: 'tăng 25% so với cùng kỳ năm trước',
    });
    const o = chartOption(t, layout({ type: 'singleValue' }));
    expect(o.title).toMatchObject([
      { text: 'Sốt xuất huyết – Đăk Hà', subtext: 'Tháng 11/2023' },
      { text: '125', subtext: 'tăng 25% so với cùng kỳ năm trước' },
    ]);
    // Without last year's figure there is no change to state, and no figure reads "Không có số liệu", not 0.
    const alone = tableOf({ dx: [dengue], ou: [units[0]!], pe: [month('202311')] }, []);
    expect(singleValueOf(alone)).toMatchObject({ value: null, lastYear: null, lastYearPeriod: null, change: null });
    expect(chartOption(alone, layout({ type: 'singleValue' })).title).toMatchObject([{}, { text: 'Không có số liệu' }]);
  });
});
