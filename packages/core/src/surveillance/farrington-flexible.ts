/** Noufaily et al. (2013), as R's `surveillance::farringtonFlexible`. */
import type { ThresholdInput, ThresholdOutcome } from './types.ts';

export interface FarringtonFlexibleOptions {
  /** Years back (default 5). */
  b?: number;
  /** Half-width of the window around the same period in each year (default 3). */
  w?: number;
}

/** Not yet fitted: the model lands in the next change; until then no threshold. */
export function farringtonFlexibleThreshold(
  _input: ThresholdInput,
  _options?: FarringtonFlexibleOptions,
): ThresholdOutcome {
  return { ok: false, reason: 'MODEL_FAILED' };
}
