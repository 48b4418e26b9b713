/** The one entry point: a threshold for the judged period by the chosen method, or the reason there is none. */
import { earsThreshold, type EarsOptions } from './ears.ts';
import { endemicChannelThreshold, type EndemicChannelOptions } from './endemic-channel.ts';
import { farringtonThreshold, type FarringtonOptions } from './farrington.ts';
import { farringtonFlexibleThreshold } from './farrington-flexible.ts';
import type { FarringtonFlexibleOptions } from './farrington-flexible-options.ts';
import type { ThresholdInput, ThresholdMethod, ThresholdOutcome, ThresholdResult } from './types.ts';

/** Options per method; each method reads only its own part. */
export interface ThresholdOptions {
  endemicChannel?: EndemicChannelOptions;
  ears?: EarsOptions;
  farrington?: FarringtonOptions;
  farringtonFlexible?: FarringtonFlexibleOptions;
}

/** The threshold by `method`, or why there is none (too short or too incomplete a history, a failed fit). */
export function explainThreshold(
  method: ThresholdMethod,
  input: ThresholdInput,
  options?: ThresholdOptions,
): ThresholdOutcome {
  switch (method) {
    case 'ENDEMIC_CHANNEL':
      return endemicChannelThreshold(input, options?.endemicChannel);
    case 'EARS_C1':
      return earsThreshold('C1', input, options?.ears);
    case 'EARS_C2':
      return earsThreshold('C2', input, options?.ears);
    case 'EARS_C3':
      return earsThreshold('C3', input, options?.ears);
    case 'FARRINGTON':
      return farringtonThreshold(input, options?.farrington);
    case 'FARRINGTON_FLEXIBLE':
      return farringtonFlexibleThreshold(input, options?.farringtonFlexible);
  }
}

/** The threshold by `method`; null when the history is too short or too incomplete (see `explainThreshold`). */
export function computeThreshold(
  method: ThresholdMethod,
  input: ThresholdInput,
  options?: ThresholdOptions,
): ThresholdResult | null {
  const outcome = explainThreshold(method, input, options);
  return outcome.ok ? outcome.result : null;
}
