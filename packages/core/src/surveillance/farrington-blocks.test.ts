/** The blocks and data.glm tests of R's test-farringtonFlexible.R, on R's own reference time points. */
import { describe, expect, it } from 'vitest';
import { addDays } from '../period/iso-date.ts';
import { flexibleBaseline, referenceCentres, seasonLevels } from './farrington-blocks.ts';

// Weekly dates from 1990-06-07 (index 0) to 1301 weeks later. R's reference time points for 2013-06-06 (index 1200)
// with b = 3 are 2012-06-07, 2011-06-09 and 2010-06-03: 52, 104 and 157 weeks back (R goes back by calendar years).
const CENTRES_2013_06_06 = [1200, 1148, 1096, 1043];
const b = 3;
const w = 3;

function count(levels: Int32Array, predicate: (level: number) => boolean): number {
  return Array.from(levels).filter(predicate).length;
}

describe('blocks', () => {
  it('the reference windows have w + 1 + b·(2w + 1) periods, with noPeriods 1 and 8', () => {
    expect(count(seasonLevels(1200, CENTRES_2013_06_06, w, 1), (l) => l === 1)).toBe(w + 1 + b * (2 * w + 1));
    expect(count(seasonLevels(1200, CENTRES_2013_06_06, w, 8), (l) => l === 8)).toBe(w + 1 + b * (2 * w + 1));
  });

  it('there are as many levels as noPeriods', () => {
    const levels = seasonLevels(1200, CENTRES_2013_06_06, w, 8);
    expect(new Set(Array.from(levels).filter((l) => l > 0)).size).toBe(8);
  });

  it('the periods between windows have roughly the same length each year', () => {
    const levels = seasonLevels(1200, CENTRES_2013_06_06, w, 8);
    const table = [1, 2, 3, 4, 5, 6, 7].map((level) => count(levels, (l) => l === level));
    for (let j = 0; j < 6; j++) expect(Math.abs(table[j + 1]! - table[j]!)).toBeLessThanOrEqual(b);
  });
});

describe('algo.farrington.data.glm', () => {
  // Weekly dates from 1990-06-07; 2013-05-30 is index 1199, its reference points 52, 104 and 157 weeks back.
  const dates = Array.from({ length: 1301 }, (_, i) => addDays('1990-06-07', 7 * i));
  const observed: (number | null)[] = Array.from({ length: 1301 }, (_, i) => 30 + (i % 7));
  const input = { counts: observed, frequency: 52 as const, index: 1199, dates };
  const centres = referenceCentres(input, b);

  it("finds R's reference points", () => {
    expect(centres).toEqual([1199, 1147, 1095, 1042]);
  });

  it('has consecutive times and noPeriods levels', () => {
    const base = flexibleBaseline(input, centres, w, 10, w);
    expect(base.ok).toBe(true);
    if (!base.ok) return;
    const t = Array.from(base.baseline.t);
    t.slice(1).forEach((value, i) => expect(value - t[i]!).toBe(1));
    expect(base.baseline.levels).toHaveLength(10);
  });

  it('leaves out a missing count: 156 rows, as R', () => {
    const withHole = observed.slice();
    withHole[1149] = null; // R's observed[1150] <- NA
    const base = flexibleBaseline({ ...input, counts: withHole }, centres, w, 10, w);
    expect(base.ok && base.baseline.n).toBe(156);
  });
});
