import { describe, expect, it } from 'vitest';
import { ManualClock, ShiftedClock } from './clock.ts';

describe('clocks', () => {
  it('a shifted clock starts at the chosen moment and runs on', async () => {
    const clock = new ShiftedClock('2024-01-03T02:00:00Z');
    const first = clock.now().getTime();
    expect(Math.abs(first - Date.parse('2024-01-03T02:00:00Z'))).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
  });

  it('a manual clock moves only when told', () => {
    const clock = new ManualClock('2024-01-03T02:00:00Z');
    clock.advanceMinutes(15);
    expect(clock.now().toISOString()).toBe('2024-01-03T02:15:00.000Z');
  });
});
