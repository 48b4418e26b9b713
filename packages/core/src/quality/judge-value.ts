/**
 * How a value entered compares with its series' bounds. Outside the bounds a value is kept but needs a comment and
 * is flagged for follow-up; an absurd value is refused. Absurd means more than the unit's population when that is
 * known; otherwise more than max(100,000, 1,000 × the upper bound), or, for a series without bounds, more than
 * 100,000,000 (more people than Viet Nam has). The cap lies so far above any plausible month that an outbreak is
 * only ever flagged, never refused.
 */
import type { Bounds } from './bounds.ts';

/** The value types judged against bounds: numbers, not text, dates or yes/no. */
export const JUDGED_VALUE_TYPES: ReadonlySet<string> = new Set(['INTEGER_ZERO_OR_POSITIVE', 'NUMBER', 'PERCENTAGE']);

export const HARD_CAP_FACTOR = 1_000;
export const HARD_CAP_FLOOR = 100_000;
export const CAP_WITHOUT_BOUNDS = 100_000_000;

/** The largest value accepted at all. */
export function hardCap(bounds: Bounds | undefined, population?: number): number {
  if (population !== undefined && population > 0) return population;
  return bounds ? Math.max(HARD_CAP_FLOOR, HARD_CAP_FACTOR * bounds.max) : CAP_WITHOUT_BOUNDS;
}

export type Judgement = { kind: 'within' } | { kind: 'outside'; bounds: Bounds } | { kind: 'absurd'; cap: number };

/** Within, outside (kept, flagged) or absurd (refused). */
export function judgeValue(value: number, bounds: Bounds | undefined, population?: number): Judgement {
  const cap = hardCap(bounds, population);
  if (value > cap) return { kind: 'absurd', cap };
  if (bounds && (value < bounds.min || value > bounds.max)) return { kind: 'outside', bounds };
  return { kind: 'within' };
}
