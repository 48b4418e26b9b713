import { describe, expect, it } from 'vitest';
import { outbreakMonthStates, type OutbreakRecord } from './month-states.ts';

const record = (startDate: string, closedOn: string | null, closureKnown = true): OutbreakRecord => ({ orgUnit: '615', startDate, closedOn, closureKnown });

describe('outbreak states of a month', () => {
  it('counts the active at the month end and those closed within it', () => {
    const records = [
      record('2024-01-20', null),
      record('2024-02-03', '2024-02-25'),
      record('2024-02-10', '2024-03-09'),
      record('2024-01-02', '2024-01-30'),
      record('2024-03-01', null),
    ];
    expect(outbreakMonthStates(records, '2024-02-01', '2024-02-29')).toEqual({ active: 2, closedInMonth: 1 });
  });

  it('never states the closure of records whose closure is unknown', () => {
    expect(outbreakMonthStates([record('2024-02-03', null, false)], '2024-02-01', '2024-02-29')).toBeNull();
  });
});
