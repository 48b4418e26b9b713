/** Comparing a figure with an earlier one (last month, same period last year), for the report writer. */
import { nearlyEqual } from '../expression/index.ts';
import { roundTo } from './round.ts';

/** How `current` relates to `previous`. */
export interface Comparison {
  /** current − previous (0 when they are equal up to floating-point error); unrounded. */
  difference: number;
  direction: 'up' | 'down' | 'same';
  /** Change relative to |previous| in percent, one decimal; null when previous is 0. */
  percent: number | null;
}

/** Difference, direction and percentage change from `previous` to `current`. */
export function comparisons(current: number, previous: number): Comparison {
  const difference = nearlyEqual(current, previous) ? 0 : current - previous;
  const direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
  const percent = previous === 0 ? null : roundTo((difference / Math.abs(previous)) * 100, 1);
  return { difference, direction, percent };
}
