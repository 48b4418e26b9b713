import { describe, expect, it } from 'vitest';
import { hardCap, judgeValue } from './judge-value.ts';

describe('judging an entered value', () => {
  const bounds = { min: 0, max: 3 };

  it('keeps a value within its bounds', () => {
    expect(judgeValue(3, bounds)).toEqual({ kind: 'within' });
    expect(judgeValue(0, bounds)).toEqual({ kind: 'within' });
  });

  it('flags a value outside its bounds, above or below', () => {
    expect(judgeValue(4, bounds)).toEqual({ kind: 'outside', bounds });
    expect(judgeValue(9, { min: 10, max: 20 })).toEqual({ kind: 'outside', bounds: { min: 10, max: 20 } });
  });

  it('refuses a value above the hard cap: 1,000 × the upper bound, at least 100,000', () => {
    expect(hardCap(bounds)).toBe(100_000);
    expect(hardCap({ min: 5000, max: 9000 })).toBe(9_000_000);
    expect(judgeValue(1_000_000_000, bounds)).toEqual({ kind: 'absurd', cap: 100_000 });
    expect(judgeValue(100_000, bounds).kind).toBe('outside');
  });

  it('refuses only more than Viet Nam has people when a series has no bounds', () => {
    expect(judgeValue(99_000_000, undefined)).toEqual({ kind: 'within' });
    expect(judgeValue(1_000_000_000, undefined).kind).toBe('absurd');
  });

  it('refuses more than the population when the population is known', () => {
    expect(judgeValue(70_001, { min: 0, max: 1_000 }, 70_000)).toEqual({ kind: 'absurd', cap: 70_000 });
  });
});
