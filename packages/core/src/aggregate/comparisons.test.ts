import { describe, expect, it } from 'vitest';
import { comparisons } from './comparisons.ts';

describe('comparisons', () => {
  it('gives the difference, direction and percent to one decimal', () => {
    expect(comparisons(130, 100)).toEqual({ difference: 30, direction: 'up', percent: 30 });
    expect(comparisons(2, 3)).toEqual({ difference: -1, direction: 'down', percent: -33.3 });
    expect(comparisons(5, 5)).toEqual({ difference: 0, direction: 'same', percent: 0 });
  });

  it('has no percent when the previous figure is 0', () => {
    expect(comparisons(4, 0)).toEqual({ difference: 4, direction: 'up', percent: null });
    expect(comparisons(0, 0)).toEqual({ difference: 0, direction: 'same', percent: null });
  });

  it('treats floating-point neighbours as the same', () => {
    expect(comparisons(0.1 + 0.2, 0.3)).toEqual({ difference: 0, direction: 'same', percent: 0 });
  });
});
