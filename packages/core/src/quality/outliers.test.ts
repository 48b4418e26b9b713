import { describe, expect, it } from 'vitest';
import { outlierVerdict } from './outliers.ts';

describe('the outlier verdict', () => {
  const series = [2, 3, 1, 2, 3, 2];

  it('lists a value outside its bounds, with its z-score', () => {
    const verdict = outlierVerdict(1_000_000_000, { min: 0, max: 6 }, [...series, 1_000_000_000]);
    expect(verdict?.outsideBounds).toBe(true);
    expect(verdict?.z).toBeGreaterThan(1e8);
  });

  it('lists a value far from its series even without bounds', () => {
    expect(outlierVerdict(20, undefined, [...series, 20])).toEqual({ outsideBounds: false, z: 18 / 1.4826 });
  });

  it('leaves ordinary values, and short series without bounds, alone', () => {
    expect(outlierVerdict(3, { min: 0, max: 6 }, series)).toBeUndefined();
    expect(outlierVerdict(500, undefined, [1, 500])).toBeUndefined();
  });
});
