/**
 * The year's plan target cited beside the figure it measures: `…, đạt 91,2% kế hoạch năm`. Only a target to reach
 * (`AT_LEAST`) is cited this way: for a ceiling (`AT_MOST`) or a reduction (`REDUCE_BY`) a higher share is worse, and
 * before the year is over the status words would judge a year not yet ended, so the report says nothing of them.
 */
import { judgeAchievement, type TargetDirection } from '../../targets/index.ts';
import { planShareWords } from '../../vi/target-words.ts';
import type { FigureRef } from '../model.ts';
import type { WriterContext } from './context.ts';
import { clause, type Clause } from './disease/clauses.ts';

/** A target in force for the report's unit and year, on one data element or indicator. */
export interface PlanTarget {
  /** The element or indicator code the target measures (`LAO_CASES`, `TCMR_FULL_COVERAGE`). */
  item: string;
  direction: TargetDirection;
  value: number;
  /** `REDUCE_BY`: the level the reduction counts from; null otherwise. */
  baseline: number | null;
}

/** The target of `item` for the report, if the input gives one. */
export function planTargetOf(ctx: WriterContext, item: string): PlanTarget | undefined {
  return ctx.input.planTargets?.find((t) => t.item === item);
}

/**
 * `đạt 91,2% kế hoạch năm` for the figure just stated, computed from it: nothing without a target to reach, without
 * the figure, or while some forms are not counted (a partial year-to-date would understate the share).
 */
export function planShare(ctx: WriterContext, figure: FigureRef): Clause[] {
  const target = planTargetOf(ctx, figure.item);
  if (!target || target.direction !== 'AT_LEAST' || figure.value === null || ctx.incomplete) return [];
  const { percent } = judgeAchievement(target, figure.value);
  return percent === null ? [] : [clause(planShareWords(percent), [figure])];
}

/** The clauses as text to append to a sentence already written: `, đạt 91,2% kế hoạch năm`, or nothing. */
export function planShareSuffix(ctx: WriterContext, figure: FigureRef): string {
  return planShare(ctx, figure)
    .map((c) => `, ${c.text}`)
    .join('');
}
