/**
 * The outlier analysis: a value is listed when it lies outside its bounds or its modified z-score against the other
 * values of its series in the analysed periods exceeds 3 in size (a series needs 6 values to be scored).
 */
import { MIN_SAMPLE, type Bounds } from './bounds.ts';
import { modifiedZScore } from './robust-stats.ts';

export const Z_THRESHOLD = 3;

export interface OutlierVerdict {
  outsideBounds: boolean;
  /** Null when the series is too short to score. */
  z: number | null;
}

/** Why a value is an outlier, or undefined when it is not one. */
export function outlierVerdict(value: number, bounds: Bounds | undefined, series: readonly number[]): OutlierVerdict | undefined {
  const outsideBounds = bounds !== undefined && (value < bounds.min || value > bounds.max);
  const z = series.length >= MIN_SAMPLE ? modifiedZScore(value, series) : null;
  return outsideBounds || (z !== null && Math.abs(z) > Z_THRESHOLD) ? { outsideBounds, z } : undefined;
}
