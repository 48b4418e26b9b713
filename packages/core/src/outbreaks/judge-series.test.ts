import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/index.ts';
import { HISTORY_YEARS, judgeSeries, seriesWindow } from './judge-series.ts';

describe('judging a series', () => {
  it('reads the judged weeks and the years of history before them', () => {
    const w = seriesWindow(parsePeriod('2023W47'), 8);
    expect(w.periods.at(-1)!.code).toBe('2023W47');
    expect(w.periods[w.firstJudged]!.code).toBe('2023W40');
    expect(w.periods.length).toBe(8 + HISTORY_YEARS * 52);
    expect(w.weekOfYear!.at(-1)).toBe(47);
  });

  it('raises the alarm on a spike above a flat history and not on the flat weeks', () => {
    const w = seriesWindow(parsePeriod('2024W10'), 3);
    const counts = w.periods.map((_, i) => (i === w.periods.length - 1 ? 40 : i % 2));
    const judged = judgeSeries('EARS_C2', w, counts);
    expect(judged.map((j) => j.period)).toEqual(['2024W08', '2024W09', '2024W10']);
    expect(judged.map((j) => j.threshold?.alarm)).toEqual([false, false, true]);
  });

  it('judges nothing without a count, rather than reading a gap as zero', () => {
    const w = seriesWindow(parsePeriod('202402'), 1);
    const judged = judgeSeries('EARS_C2', w, w.periods.map(() => null));
    expect(judged).toEqual([{ period: '202402', observed: null, threshold: null }]);
  });
});
