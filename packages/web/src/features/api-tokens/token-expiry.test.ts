import { describe, expect, it } from 'vitest';
import { addDays, addressLines, endOfVietnamDay } from './token-expiry.ts';

describe('token form helpers', () => {
  it('adds days across months and years', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('ends a chosen day at midnight in Vietnam', () => {
    expect(new Date(endOfVietnamDay('2024-03-05')).toISOString()).toBe('2024-03-05T16:59:59.000Z');
  });
  it('reads one address per line or comma, dropping blanks', () => {
    expect(addressLines(' 10.0.0.1 \n\n10.0.0.0/24, 192.168.1.2\n')).toEqual(['10.0.0.1', '10.0.0.0/24', '192.168.1.2']);
    expect(addressLines('  \n')).toEqual([]);
  });
});
