/**
 * The baseline of the flexible Farrington method (R's `blocks` and `algo.farrington.data.glm`, series without
 * dates): the reference windows get the season level noPeriods; the periods between two windows are cut into
 * noPeriods − 1 blocks of nearly equal length, levels 1 … noPeriods − 1; the judged period and the
 * `pastWeeksNotIncluded` periods before it are left out.
 */
import { enoughReported, makeBaseline, type BaselineOutcome } from './farrington-reference.ts';
import { countAt, sameSeasonIndex } from './series.ts';
import type { ThresholdInput } from './types.ts';

/** R's `x[from:to] <- value`, where `from:to` counts down when to < from (a block of length 0 writes 2 cells). */
function assignRange(levels: Int32Array, from: number, to: number, value: number): void {
  const step = to >= from ? 1 : -1;
  for (let i = from; ; i += step) {
    if (i >= 0 && i < levels.length) levels[i] = value;
    if (i === to) break;
  }
}

/** Season levels for indices 0 … k (0 where unused), given the reference centres, most recent first after k. */
export function seasonLevels(k: number, centres: readonly number[], w: number, noPeriods: number): Int32Array {
  const levels = new Int32Array(k + 1);
  assignRange(levels, k - w, k, noPeriods);
  for (let i = 1; i < centres.length; i++) {
    const ref = centres[i]!;
    assignRange(levels, ref - w, ref + w, noPeriods);
    if (noPeriods === 1) continue;
    const period = centres[i - 1]! - 2 * w - 1 - ref;
    if (period < noPeriods - (2 * w + 1)) throw new RangeError('noPeriods is too large for this frequency and w');
    const size = Math.floor(period / (noPeriods - 1));
    const rest = period % (noPeriods - 1);
    let start = ref + w + 1;
    for (let j = 1; j < noPeriods; j++) {
      const length = size + (j <= rest ? 1 : 0);
      assignRange(levels, start, start + length - 1, j);
      start += length;
    }
  }
  return levels;
}

/** The judged index followed by the same period 1 … b years back (R's reference time points). */
export function referenceCentres(input: ThresholdInput, b: number): number[] {
  const centres = [input.index];
  for (let year = 1; year <= b; year++) centres.push(sameSeasonIndex(input, input.index, year));
  return centres;
}

/** The flexible method's baseline (R's `algo.farrington.data.glm`) around the given reference centres. */
export function flexibleBaseline(
  input: ThresholdInput,
  centres: readonly number[],
  w: number,
  noPeriods: number,
  pastWeeksNotIncluded: number,
): BaselineOutcome {
  const k = input.index;
  if (centres[centres.length - 1]! - w < 0) return { ok: false, reason: 'HISTORY_TOO_SHORT' };
  const levels = seasonLevels(k, centres, w, noPeriods);
  const indices: number[] = [];
  const groups: number[] = [];
  let candidates = 0;
  for (let i = 0; i < k - pastWeeksNotIncluded; i++) {
    if (levels[i] === 0) continue;
    candidates++;
    if (countAt(input.counts, i) === null) continue;
    indices.push(i);
    groups.push(levels[i]!);
  }
  if (!enoughReported(indices.length, candidates)) return { ok: false, reason: 'TOO_MANY_MISSING' };
  return { ok: true, baseline: makeBaseline(indices, input.counts, k, groups) };
}
