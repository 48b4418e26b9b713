/**
 * A plan target (chỉ tiêu kế hoạch) and how it is judged. A target says how much of an item a unit should reach in
 * a year and in which direction: at least (`AT_LEAST`: fully immunised children ≥ 95%), at most (`AT_MOST`: malaria
 * incidence ≤ 0.1 per 1,000) or a reduction from a baseline (`REDUCE_BY`: stunting down by 0.5 points).
 */
export const TARGET_DIRECTIONS = ['AT_LEAST', 'AT_MOST', 'REDUCE_BY'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** Vượt (better than asked), Đạt (exactly as asked), Không đạt. */
export const ACHIEVEMENT_STATUSES = ['EXCEEDED', 'MET', 'NOT_MET'] as const;
export type AchievementStatus = (typeof ACHIEVEMENT_STATUSES)[number];

export interface Achievement {
  /** Actual against target, %, one decimal; null when it cannot be said (no actual, a zero target). */
  percent: number | null;
  status: AchievementStatus | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * How an actual value stands against a target. `AT_LEAST`: actual ÷ target. `AT_MOST`: the same ratio, and the
 * target is met while the actual stays at or under it. `REDUCE_BY`: the reduction achieved (baseline − actual)
 * against the reduction asked. No actual, or a reduction without a baseline, says nothing.
 */
export function judgeAchievement(
  target: { direction: TargetDirection; value: number; baseline: number | null },
  actual: number | null,
): Achievement {
  if (actual === null) return { percent: null, status: null };
  if (target.direction === 'REDUCE_BY') {
    if (target.baseline === null) return { percent: null, status: null };
    return atLeast(target.baseline - actual, target.value);
  }
  if (target.direction === 'AT_LEAST') return atLeast(actual, target.value);
  const percent = target.value === 0 ? null : round1((actual / target.value) * 100);
  return { percent, status: actual < target.value ? 'EXCEEDED' : actual === target.value ? 'MET' : 'NOT_MET' };
}

function atLeast(achieved: number, asked: number): Achievement {
  const percent = asked === 0 ? null : round1((achieved / asked) * 100);
  return { percent, status: achieved > asked ? 'EXCEEDED' : achieved === asked ? 'MET' : 'NOT_MET' };
}
