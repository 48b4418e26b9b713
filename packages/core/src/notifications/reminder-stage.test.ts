import { describe, expect, it } from 'vitest';
import { daysUntil, reminderStage } from './reminder-stage.ts';

describe('reminder stage', () => {
  it('reminds from three days ahead, on the day, then as overdue', () => {
    expect(reminderStage('2023-12-05', '2023-12-01', 3)).toBeNull();
    expect(reminderStage('2023-12-05', '2023-12-02', 3)).toBe('DUE_SOON');
    expect(reminderStage('2023-12-05', '2023-12-04', 3)).toBe('DUE_SOON');
    expect(reminderStage('2023-12-05', '2023-12-05', 3)).toBe('DUE');
    expect(reminderStage('2023-12-05', '2023-12-06', 3)).toBe('OVERDUE');
  });

  it('gives no early reminder when asked for none', () => {
    expect(reminderStage('2023-12-05', '2023-12-04', 0)).toBeNull();
  });

  it('counts days across months and leap days', () => {
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysUntil('2023-12-05', '2023-12-08')).toBe(-3);
  });
});
