import { describe, expect, it } from 'vitest';
import { formatViDate } from './date.ts';

describe('formatViDate', () => {
  it('writes dd/mm/yyyy with padding', () => {
    expect(formatViDate('2023-11-30')).toBe('30/11/2023');
    expect(formatViDate('2024-03-05')).toBe('05/03/2024');
  });
});
