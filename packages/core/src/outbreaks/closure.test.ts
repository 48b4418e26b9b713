import { describe, expect, it } from 'vitest';
import { closingDateOn, expectedClosingDate, lastCaseDate } from './closure.ts';

describe('outbreak closure', () => {
  it('counts from the latest case, or from the start when no case is later', () => {
    expect(lastCaseDate('2024-03-01', [])).toBe('2024-03-01');
    expect(lastCaseDate('2024-03-01', ['2024-03-09', '2024-03-04'])).toBe('2024-03-09');
  });

  it('expects the end twice the incubation after the last case', () => {
    // Dengue: 14 days, so 28 days after 09/03/2024.
    expect(expectedClosingDate('2024-03-09', 14)).toBe('2024-04-06');
  });

  it('closes only once the whole closing day has passed without a case, on that day', () => {
    expect(closingDateOn('2024-03-09', 14, '2024-04-05')).toBeNull();
    expect(closingDateOn('2024-03-09', 14, '2024-04-06')).toBeNull();
    expect(closingDateOn('2024-03-09', 14, '2024-04-07')).toBe('2024-04-06');
  });
});
