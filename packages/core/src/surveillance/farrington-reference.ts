/** The baseline of the original Farrington method: 2w + 1 periods around the same period of each of b years. */
import type { Design } from './quasi-poisson-glm.ts';
import { countAt, sameSeasonIndex } from './series.ts';
import type { ThresholdInput, ThresholdUnavailableReason } from './types.ts';

/** Baseline counts, their times relative to the judged period (t = 0 there), and optional season groups. */
export interface Baseline {
  n: number;
  y: Float64Array;
  t: Float64Array;
  maxResponse: number;
  /** The season levels present, ascending; the first is the reference level. */
  levels: readonly number[];
  /** The design [1, t?, season dummies?]. */
  design(trend: boolean): Design;
  /** The design row of the judged period (t = 0) in season `level` (the reference level when absent). */
  predictionRow(trend: boolean, level: number): Float64Array;
}

/** A baseline from parallel lists; `groups` are dummy-coded against their first (lowest) level. */
export function makeBaseline(
  indices: readonly number[],
  counts: ThresholdInput['counts'],
  k: number,
  groups?: readonly number[],
): Baseline {
  const y = new Float64Array(indices.length);
  const t = new Float64Array(indices.length);
  let maxResponse = -Infinity;
  indices.forEach((i, row) => {
    y[row] = countAt(counts, i)!;
    t[row] = i - k;
    maxResponse = Math.max(maxResponse, y[row]!);
  });
  const levels = groups ? [...new Set(groups)].sort((a, b) => a - b) : [];
  const design = (trend: boolean): Design => {
    const p = 1 + (trend ? 1 : 0) + Math.max(0, levels.length - 1);
    const x = new Float64Array(indices.length * p);
    for (let row = 0; row < indices.length; row++) {
      x[row * p] = 1;
      if (trend) x[row * p + 1] = t[row]!;
      const level = groups ? levels.indexOf(groups[row]!) : 0;
      if (level > 0) x[row * p + (trend ? 1 : 0) + level] = 1;
    }
    return { x, n: indices.length, p };
  };
  const predictionRow = (trend: boolean, level: number): Float64Array => {
    const row = new Float64Array(1 + (trend ? 1 : 0) + Math.max(0, levels.length - 1));
    row[0] = 1;
    const position = levels.indexOf(level);
    if (position > 0) row[(trend ? 1 : 0) + position] = 1;
    return row;
  };
  return { n: indices.length, y, t, maxResponse, levels, design, predictionRow };
}

/** Whether enough of the candidate baseline periods were reported: at least half, and at least 3. */
export function enoughReported(reported: number, candidates: number): boolean {
  return reported >= Math.max(3, Math.ceil(candidates / 2));
}

export type BaselineOutcome = { ok: true; baseline: Baseline } | { ok: false; reason: ThresholdUnavailableReason };

/** The reference windows of the original method for the judged period; the oldest year must lie wholly in the series. */
export function referenceWindows(input: ThresholdInput, b: number, w: number): BaselineOutcome {
  const indices: number[] = [];
  let candidates = 0;
  for (let year = b; year >= 1; year--) {
    const centre = sameSeasonIndex(input, input.index, year);
    if (centre - w < 0) return { ok: false, reason: 'HISTORY_TOO_SHORT' };
    for (let i = centre - w; i <= centre + w; i++) {
      candidates++;
      if (countAt(input.counts, i) !== null) indices.push(i);
    }
  }
  if (!enoughReported(indices.length, candidates)) return { ok: false, reason: 'TOO_MANY_MISSING' };
  return { ok: true, baseline: makeBaseline(indices, input.counts, input.index) };
}
