import { describe, expect, it } from 'vitest';
import { holds } from './compare.ts';

describe('holds', () => {
  it.each([
    [1, '==', 1, true],
    [1, '!=', 2, true],
    [1, '<', 2, true],
    [2, '<', 2, false],
    [2, '<=', 2, true],
    [3, '>', 2, true],
    [2, '>=', 3, false],
  ] as const)('%d %s %d is %s', (left, operator, right, expected) => {
    expect(holds(left, operator, right)).toBe(expected);
  });

  it('treats floating-point neighbours as equal', () => {
    const sum = 0.1 + 0.2; // 0.30000000000000004
    expect(holds(sum, '==', 0.3)).toBe(true);
    expect(holds(sum, '!=', 0.3)).toBe(false);
    expect(holds(sum, '<=', 0.3)).toBe(true);
    expect(holds(sum, '>', 0.3)).toBe(false);
    expect(holds(0.3, '<', sum)).toBe(false);
  });
});
