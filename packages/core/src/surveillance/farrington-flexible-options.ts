/** Options of the flexible Farrington method, with Noufaily et al.'s recommended values as defaults. */
import { checkFarringtonOptions, type ResolvedFarrington } from './farrington.ts';
import type { PowerTransform } from './farrington-thresholds.ts';

export type FlexibleThresholdMethod = 'delta' | 'nbPlugin' | 'muan';

export interface FarringtonFlexibleOptions {
  /**
   * Where the defaults come from: 'noufaily' (default) is the improved method as R's documentation and
   * vignette advise (noPeriods 10, pastWeeksNotIncluded 26, pThresholdTrend 1, weightsThreshold 2.58,
   * "nbPlugin"); 'R' is `farringtonFlexible`'s own control defaults (noPeriods 1, pastWeeksNotIncluded w,
   * pThresholdTrend 0.05, weightsThreshold 2.58, "delta"). Monthly series with 'noufaily' use w 1, noPeriods 4
   * and 6 months left out, SYT's monthly counterpart of the weekly values (not from the paper).
   */
  preset?: 'noufaily' | 'R';
  b?: number;
  w?: number;
  reweight?: boolean;
  /** Anscombe residuals above this are down-weighted (2.58 in the improved method, 1 in the original). */
  weightsThreshold?: number;
  /** One-sided error rate: the upper bound is the (1 − alpha) quantile. */
  alpha?: number;
  trend?: boolean;
  /** The trend stays when its p-value is below this (1 in the improved method, 0.05 in the original). */
  pThresholdTrend?: number;
  limit54?: readonly [number, number];
  powertrans?: PowerTransform;
  /** Season levels per year: 1 = windows only (the original method), 10 in the improved one. */
  noPeriods?: number;
  /** Periods just before the judged one left out of the fit, so that a starting outbreak does not hide itself. */
  pastWeeksNotIncluded?: number;
  thresholdMethod?: FlexibleThresholdMethod;
}

export interface ResolvedFlexible extends ResolvedFarrington {
  weightsThreshold: number;
  pThresholdTrend: number;
  noPeriods: number;
  pastWeeksNotIncluded: number;
  thresholdMethod: FlexibleThresholdMethod;
}

/** The options with defaults filled in and checked. */
export function resolveFlexible(options: FarringtonFlexibleOptions | undefined, frequency: 52 | 12): ResolvedFlexible {
  const noufaily = (options?.preset ?? 'noufaily') === 'noufaily';
  const w = options?.w ?? (noufaily && frequency === 12 ? 1 : 3);
  const o: ResolvedFlexible = {
    b: options?.b ?? 5,
    w,
    reweight: options?.reweight ?? true,
    weightsThreshold: options?.weightsThreshold ?? 2.58,
    alpha: options?.alpha ?? 0.05,
    trend: options?.trend ?? true,
    pThresholdTrend: options?.pThresholdTrend ?? (noufaily ? 1 : 0.05),
    limit54: options?.limit54 ?? [5, 4],
    powertrans: options?.powertrans ?? '2/3',
    noPeriods: options?.noPeriods ?? (noufaily ? (frequency === 12 ? 4 : 10) : 1),
    pastWeeksNotIncluded: options?.pastWeeksNotIncluded ?? (noufaily ? (frequency === 12 ? 6 : 26) : w),
    thresholdMethod: options?.thresholdMethod ?? (noufaily ? 'nbPlugin' : 'delta'),
  };
  checkFarringtonOptions(o, frequency);
  if (!(o.weightsThreshold >= 0)) throw new RangeError('weightsThreshold must be ≥ 0');
  if (!(o.pThresholdTrend > 0 && o.pThresholdTrend <= 1)) throw new RangeError('pThresholdTrend must lie in (0, 1]');
  if (!Number.isInteger(o.noPeriods) || o.noPeriods < 1 || o.noPeriods > frequency)
    throw new RangeError('noPeriods must be 1–frequency');
  if (!Number.isInteger(o.pastWeeksNotIncluded) || o.pastWeeksNotIncluded < 0 || o.pastWeeksNotIncluded > frequency) {
    throw new RangeError('pastWeeksNotIncluded must be 0–frequency');
  }
  if (!['delta', 'nbPlugin', 'muan'].includes(o.thresholdMethod))
    throw new RangeError('thresholdMethod must be delta, nbPlugin or muan');
  return o;
}
