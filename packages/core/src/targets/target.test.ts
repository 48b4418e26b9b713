import { describe, expect, it } from 'vitest';
import { judgeAchievement } from './target.ts';

const target = (direction: 'AT_LEAST' | 'AT_MOST' | 'REDUCE_BY', value: number, baseline: number | null = null) => ({ direction, value, baseline });

describe('judgeAchievement', () => {
  it('judges an at-least target by actual ÷ target: under is not met, equal is met, over is exceeded', () => {
    expect(judgeAchievement(target('AT_LEAST', 95), 90.25)).toEqual({ percent: 95, status: 'NOT_MET' });
    expect(judgeAchievement(target('AT_LEAST', 95), 95)).toEqual({ percent: 100, status: 'MET' });
    expect(judgeAchievement(target('AT_LEAST', 800), 1000)).toEqual({ percent: 125, status: 'EXCEEDED' });
  });

  it('judges an at-most target the other way round: staying under the ceiling is better than asked', () => {
    expect(judgeAchievement(target('AT_MOST', 0.1), 0.05)).toEqual({ percent: 50, status: 'EXCEEDED' });
    expect(judgeAchievement(target('AT_MOST', 0.1), 0.1)).toEqual({ percent: 100, status: 'MET' });
    expect(judgeAchievement(target('AT_MOST', 0.1), 0.15)).toEqual({ percent: 150, status: 'NOT_MET' });
  });

  it('judges a reduction by the fall from its baseline against the fall asked', () => {
    // Stunting 20.4% last year, to come down by 0.5 points.
    expect(judgeAchievement(target('REDUCE_BY', 0.5, 20.4), 20.0)).toEqual({ percent: 80, status: 'NOT_MET' });
    expect(judgeAchievement(target('REDUCE_BY', 0.5, 20.4), 19.9)).toEqual({ percent: 100, status: 'MET' });
    expect(judgeAchievement(target('REDUCE_BY', 0.5, 20.4), 19.5)).toEqual({ percent: 180, status: 'EXCEEDED' });
    // A rise is a negative achievement, not a zero.
    expect(judgeAchievement(target('REDUCE_BY', 0.5, 20.4), 20.9)).toEqual({ percent: -100, status: 'NOT_MET' });
  });

  it('says nothing without an actual, or for a reduction without its baseline, and no percentage of a zero target', () => {
    expect(judgeAchievement(target('AT_LEAST', 95), null)).toEqual({ percent: null, status: null });
    expect(judgeAchievement(target('REDUCE_BY', 0.5), 19)).toEqual({ percent: null, status: null });
    expect(judgeAchievement(target('AT_MOST', 0), 0)).toEqual({ percent: null, status: 'MET' });
    expect(judgeAchievement(target('AT_MOST', 0), 2)).toEqual({ percent: null, status: 'NOT_MET' });
  });
});
