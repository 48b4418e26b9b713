/**
 * CDC EARS C1, C2 and C3 (Hutwagner et al. 2003; Fricker et al. 2008) for series without years of history.
 *
 * Two definitions (see README.md in this folder for the differences in full):
 * - 'R' (default): exactly R's `surveillance::earsC` 1.26: threshold mean + qnorm(1 − alpha)·max(sd, minSigma),
 *   alpha 0.001 for C1/C2 and 0.025 for C3. Its C3 upper bound is observed(t) + sd(t)·(z − L), L the excess
 *   of the two previous periods, clamped at 0: the judged count cancels out, so R's C3 alarms on L > z alone.
 * - 'published': the CDC statistics compared with fixed limits: C1, C2 > 3 and
 *   C3 = Σ_{i=t−2..t} max(0, C2(i) − 1) > 2, the upper bound being the count that makes the statistic pass it.
 */
import { qnorm } from './normal-quantile.ts';
import { alarmFor, countAt, isJudgeableIndex } from './series.ts';
import type { ThresholdInput, ThresholdOutcome, ThresholdResult } from './types.ts';
import { windowStats, type WindowStats } from './window-stats.ts';

export type EarsVariant = 'C1' | 'C2' | 'C3';

export interface EarsOptions {
  /** 'R' (default) reproduces `surveillance::earsC`; 'published' follows the CDC definition. */
  definition?: 'R' | 'published';
  /** Baseline length in periods (default 7, at least 3 as in R). */
  baseline?: number;
  /** R definition: the one-sided error rate; default 0.001 for C1/C2, 0.025 for C3 (R's defaults). */
  alpha?: number;
  /** Published definition: the limit of the statistic; default 3 for C1/C2, 2 for C3. */
  limit?: number;
  /** The SD floor (default 0 as in R; Burkom suggests 0.5 or 1 for sparse data). */
  minSigma?: number;
  /** The fewest reported counts a baseline window needs (default 3); missing counts are left out. */
  minObserved?: number;
}

interface Resolved {
  definition: 'R' | 'published';
  baseline: number;
  z: number;
  minSigma: number;
  minObserved: number;
}

const MAX_BASELINE = 3660;

function resolve(variant: EarsVariant, options: EarsOptions | undefined): Resolved {
  const definition = options?.definition ?? 'R';
  const baseline = options?.baseline ?? 7;
  const minSigma = options?.minSigma ?? 0;
  const minObserved = options?.minObserved ?? 3;
  if (!Number.isInteger(baseline) || baseline < 3 || baseline > MAX_BASELINE) {
    throw new RangeError(`baseline must be 3–${MAX_BASELINE}`);
  }
  if (!(minSigma >= 0)) throw new RangeError('minSigma must be ≥ 0');
  if (!Number.isInteger(minObserved) || minObserved < 2 || minObserved > baseline) {
    throw new RangeError('minObserved must be 2–baseline');
  }
  const alpha = options?.alpha ?? (variant === 'C3' ? 0.025 : 0.001);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError('alpha must lie in (0, 1)');
  const limit = options?.limit ?? (variant === 'C3' ? 2 : 3);
  return { definition, baseline, z: definition === 'R' ? qnorm(1 - alpha) : limit, minSigma, minObserved };
}

/** The C1 (lag 1) or C2 (lag 3) baseline window ending `lag` periods before `t`. */
function baselineAt(input: ThresholdInput, t: number, lag: number, baseline: number): WindowStats {
  return windowStats(input.counts, t - lag - baseline + 1, t - lag);
}

/** The standardised excess C2(t) = (y − mean)/sigma, with 0/0 read as no excess; null when y is missing. */
function c2Statistic(y: number | null, stats: WindowStats, sigma: number): number | null {
  if (y === null || stats.n === 0) return null;
  const diff = y - stats.mean;
  if (sigma === 0) return diff > 0 ? Infinity : diff < 0 ? -Infinity : 0;
  return diff / sigma;
}

/** Σ max(0, C2(i) − 1) over the two periods before t (a missing period adds nothing). */
function previousExcess(input: ThresholdInput, r: Resolved): number {
  let excess = 0;
  for (const t of [input.index - 2, input.index - 1]) {
    const stats = baselineAt(input, t, 3, r.baseline);
    const c2 =
      stats.n >= r.minObserved ? c2Statistic(countAt(input.counts, t), stats, Math.max(stats.sd, r.minSigma)) : null;
    if (c2 !== null) excess += Math.max(0, c2 - 1);
  }
  return excess;
}

function c3Upper(input: ThresholdInput, r: Resolved, stats: WindowStats, sigma: number): number | null {
  const excess = previousExcess(input, r);
  if (r.definition === 'published') return excess > r.z ? -1 : stats.mean + sigma * (1 + r.z - excess);
  const observed = countAt(input.counts, input.index);
  if (observed === null) return null;
  // R: observed + sd·(z − L), where sd·(z − L) is 0 (not NaN) when sd is 0 and L infinite.
  const margin = sigma === 0 ? 0 : sigma * (r.z - excess);
  return Math.max(0, observed + margin);
}

/** The EARS threshold of `variant` for the judged period. */
export function earsThreshold(variant: EarsVariant, input: ThresholdInput, options?: EarsOptions): ThresholdOutcome {
  const r = resolve(variant, options);
  if (!isJudgeableIndex(input)) return { ok: false, reason: 'INDEX_OUT_OF_RANGE' };
  const lag = variant === 'C1' ? 1 : 3;
  const needed = variant === 'C1' ? r.baseline : variant === 'C2' ? r.baseline + 2 : r.baseline + 4;
  if (input.index < needed) return { ok: false, reason: 'HISTORY_TOO_SHORT' };
  const stats = baselineAt(input, input.index, lag, r.baseline);
  if (stats.n < r.minObserved) return { ok: false, reason: 'TOO_MANY_MISSING' };
  const sigma = Math.max(stats.sd, r.minSigma);
  const upper = variant === 'C3' ? c3Upper(input, r, stats, sigma) : stats.mean + r.z * sigma;
  if (upper === null) return { ok: false, reason: 'JUDGED_COUNT_MISSING' };
  const method = `EARS_${variant}` as const;
  const result: ThresholdResult = {
    method,
    expected: stats.mean,
    upper,
    alarm: alarmFor(input, upper),
    baselineSize: stats.n,
  };
  return { ok: true, result };
}
