/** Farrington et al. (1996), as R's `surveillance::algo.farrington`. */
import type { ThresholdInput, ThresholdOutcome } from './types.ts';

export interface FarringtonOptions {
  /** Years back (default 5). */
  b?: number;
  /** Half-width of the window around the same period in each year (default 3). */
  w?: number;
}

/** Not yet fitted: the model lands in the next change; until then no threshold. */
export function farringtonThreshold(_input: ThresholdInput, _options?: FarringtonOptions): ThresholdOutcome {
  return { ok: false, reason: 'MODEL_FAILED' };
}
