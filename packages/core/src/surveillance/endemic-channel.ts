/**
 * The endemic channel (PAHO/WHO, Bortman 1999). Quartile method (default): the same week or month of each of the
 * previous years gives the median (expected), Q1 and Q3; Q3 is the epidemic threshold. Quartiles are R's type 7
 * (`quantile(x, c(.25, .5, .75))`), so the channel matches what a reader gets from R or a spreadsheet's QUARTILE.INC.
 * Geometric-mean method: m and s the mean and SD of ln(x + 1) over those years, the channel
 * exp(m ± t(n − 1)·s/√n) − 1 around exp(m) − 1, t the two-sided 95 % Student quantile.
 */
import { qtUpper } from './distributions.ts';
import { quantileType7 } from './quantile.ts';
import { alarmFor, countAt, isJudgeableIndex, sameSeasonIndex } from './series.ts';
import type { ThresholdInput, ThresholdOutcome } from './types.ts';

export interface EndemicChannelOptions {
  /** How many previous years form the channel (default 5; PAHO uses 5 to 7). */
  years?: number;
  /** The fewest reported years that still give a channel (default 3). */
  minYears?: number;
  /** 'quartiles' (default) or 'geometricMean'; with the latter q1, median, q3 are the lower line, centre, upper line. */
  method?: 'quartiles' | 'geometricMean';
}

/** The three lines of the channel for one period, and how many years they rest on. */
export interface EndemicChannel {
  q1: number;
  median: number;
  q3: number;
  years: number;
}

/** A series without a judged index: what the channel curve reads. */
export type CountSeries = Omit<ThresholdInput, 'index'>;

const DEFAULT_YEARS = 5;
const DEFAULT_MIN_YEARS = 3;
const MAX_YEARS = 30;

interface Resolved {
  years: number;
  minYears: number;
  method: 'quartiles' | 'geometricMean';
}

function resolve(options: EndemicChannelOptions | undefined): Resolved {
  const years = options?.years ?? DEFAULT_YEARS;
  const minYears = options?.minYears ?? Math.min(DEFAULT_MIN_YEARS, years);
  if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS) throw new RangeError(`years must be 1–${MAX_YEARS}`);
  if (!Number.isInteger(minYears) || minYears < 1 || minYears > years) throw new RangeError('minYears must be 1–years');
  const method = options?.method ?? 'quartiles';
  if (method !== 'quartiles' && method !== 'geometricMean')
    throw new RangeError('method must be quartiles or geometricMean');
  if (method === 'geometricMean' && minYears < 2) throw new RangeError('the geometric-mean channel needs minYears ≥ 2');
  return { years, minYears, method };
}

type ChannelOutcome =
  { ok: true; channel: EndemicChannel } | { ok: false; reason: 'HISTORY_TOO_SHORT' | 'TOO_MANY_MISSING' };

/** The channel for period `index` (which may lie past the last count, e.g. the rest of the current year). */
function channelOutcome(series: CountSeries, index: number, options?: EndemicChannelOptions): ChannelOutcome {
  const { years, minYears, method } = resolve(options);
  const values: number[] = [];
  let reachable = 0;
  for (let k = 1; k <= years; k++) {
    const i = sameSeasonIndex(series, index, k);
    if (i < 0) break;
    reachable++;
    const value = countAt(series.counts, i);
    if (value !== null) values.push(value);
  }
  if (reachable < minYears) return { ok: false, reason: 'HISTORY_TOO_SHORT' };
  if (values.length < minYears) return { ok: false, reason: 'TOO_MANY_MISSING' };
  return { ok: true, channel: method === 'quartiles' ? quartileChannel(values) : geometricMeanChannel(values) };
}

function quartileChannel(values: number[]): EndemicChannel {
  values.sort((a, b) => a - b);
  return {
    q1: quantileType7(values, 0.25),
    median: quantileType7(values, 0.5),
    q3: quantileType7(values, 0.75),
    years: values.length,
  };
}

function geometricMeanChannel(values: readonly number[]): EndemicChannel {
  const n = values.length;
  const logs = values.map((v) => Math.log(v + 1));
  const m = logs.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(logs.reduce((a, v) => a + (v - m) ** 2, 0) / (n - 1));
  const half = (qtUpper(0.975, n - 1) * s) / Math.sqrt(n);
  return { q1: Math.exp(m - half) - 1, median: Math.exp(m) - 1, q3: Math.exp(m + half) - 1, years: n };
}

/** The endemic channel for the judged period: expected = median, upper = Q3. */
export function endemicChannelThreshold(input: ThresholdInput, options?: EndemicChannelOptions): ThresholdOutcome {
  if (!isJudgeableIndex(input)) return { ok: false, reason: 'INDEX_OUT_OF_RANGE' };
  const outcome = channelOutcome(input, input.index, options);
  if (!outcome.ok) return outcome;
  const { q1, median, q3, years } = outcome.channel;
  return {
    ok: true,
    result: {
      method: 'ENDEMIC_CHANNEL',
      expected: median,
      upper: q3,
      channel: { q1, median, q3 },
      alarm: alarmFor(input, q3),
      baselineSize: years,
    },
  };
}

/** The largest number of periods one curve may span: a year of weeks, with room for a week 53. */
export const MAX_CURVE_PERIODS = 53;

/**
 * The channel for `periods` consecutive periods starting at `firstIndex` (usually the first week or month of a
 * year, for drawing the epidemic curve over it); null where the history is too short or too incomplete.
 * Periods past the end of `counts` are allowed: their channel needs only the years before.
 */
export function endemicChannelCurve(
  series: CountSeries,
  firstIndex: number,
  periods: number = series.frequency,
  options?: EndemicChannelOptions,
): (EndemicChannel | null)[] {
  if (!Number.isInteger(firstIndex) || firstIndex < 0) throw new RangeError('firstIndex must be a natural number');
  if (!Number.isInteger(periods) || periods < 0 || periods > MAX_CURVE_PERIODS) {
    throw new RangeError(`periods must be 0–${MAX_CURVE_PERIODS}`);
  }
  const curve: (EndemicChannel | null)[] = [];
  for (let i = firstIndex; i < firstIndex + periods; i++) {
    const outcome = channelOutcome(series, i, options);
    curve.push(outcome.ok ? outcome.channel : null);
  }
  return curve;
}
