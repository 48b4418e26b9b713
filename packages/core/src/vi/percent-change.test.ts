import { describe, expect, it } from 'vitest';
import { percentChange } from './percent-change.ts';

describe('percentChange', () => {
  it('words a fall with one decimal (94.616 → 86.384 is −8,70%)', () => {
    expect(percentChange(86_384, 94_616)).toBe('giảm 8,7% so với tháng trước');
  });

  it('drops a trailing ",0" after rounding (7.688 → 7.304 is −4,99%)', () => {
    expect(percentChange(7_304, 7_688)).toBe('giảm 5% so với tháng trước');
  });

  it('words a rise, rounding halves away from zero', () => {
    expect(percentChange(1_125, 1_000)).toBe('tăng 12,5% so với tháng trước');
    expect(percentChange(10_005, 10_000)).toBe('tăng 0,1% so với tháng trước');
  });

  it('never says "tăng" when the figure fell, nor "0%" for a tiny change', () => {
    expect(percentChange(99_999, 100_000)).toBe('giảm dưới 0,1% so với tháng trước');
    expect(percentChange(100_001, 100_000)).toBe('tăng dưới 0,1% so với tháng trước');
  });

  it('says "bằng" for an equal figure', () => {
    expect(percentChange(500, 500)).toBe('bằng so với tháng trước');
  });

  it('gives nothing without an earlier figure or against 0', () => {
    expect(percentChange(500, null)).toBeNull();
    expect(percentChange(500, 0)).toBeNull();
  });

  it('takes another reference', () => {
    expect(percentChange(90, 100, 'so với cùng kỳ năm trước')).toBe('giảm 10% so với cùng kỳ năm trước');
  });
});
