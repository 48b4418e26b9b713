/** Dengue: the outbreaks (`ổ dịch`) first, then the cases as for every disease. */
import type { Disease } from '../../../metadata/types.ts';
import type { GeneratedBlock, Sentence } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import {
  cumulativeOpening,
  inThePeriod,
  monthComparisons,
  monthFound,
  OUTBREAKS,
  yearToDateFound,
} from './case-clauses.ts';
import { clause, sentenceOf, type Clause } from './clauses.ts';
import { formatCount } from '../../../vi/number.ts';
import { count } from './disease-figures.ts';
import { caseSentences, diseaseBlock, hasCases } from './disease-paragraph.ts';

export const DENGUE_OUTBREAKS = 'SXHD_OUTBREAKS';

/**
 * `Trong tháng, ghi nhận 24 ổ dịch (…), giảm 03 ổ dịch so với tháng trước. Lũy tích đến 30/11/2023, ghi nhận 158 ổ
 * dịch.` Outbreaks are compared with the previous month only, as the seed does; none this year writes nothing.
 */
export function outbreakSentences(ctx: WriterContext): Sentence[] {
  if (count(ctx, DENGUE_OUTBREAKS, 'month') === 0 && count(ctx, DENGUE_OUTBREAKS, 'yearToDate') === 0) return [];
  return [
    sentenceOf([
      inThePeriod(ctx),
      monthFound(ctx, DENGUE_OUTBREAKS, OUTBREAKS),
      ...monthComparisons(ctx, DENGUE_OUTBREAKS, OUTBREAKS, ctx.references.filter((s) => s === 'previousMonth')),
      ...outbreakStates(ctx),
    ]),
    // A period from January is its own year to date: the outbreaks to date would repeat the period's.
    ...(ctx.yearToDateIsPeriod ? [] : [sentenceOf([cumulativeOpening(ctx), yearToDateFound(ctx, DENGUE_OUTBREAKS, OUTBREAKS)])]),
  ];
}

/**
 * `…, 05 ổ dịch đang hoạt động, 02 ổ dịch đã kết thúc trong tháng`: said only of outbreaks recorded with their
 * course (a count typed into the form has no known closure).
 */
function outbreakStates(ctx: WriterContext): Clause[] {
  const states = ctx.input.outbreakStates?.[DENGUE_OUTBREAKS];
  if (!states) return [];
  return [
    ...(states.active > 0 ? [clause(`${formatCount(states.active)} ${OUTBREAKS.noun} đang hoạt động`)] : []),
    ...(states.closedInMonth > 0 ? [clause(`${formatCount(states.closedInMonth)} ${OUTBREAKS.noun} đã kết thúc trong tháng`)] : []),
  ];
}

/** Dengue's bullet: outbreaks, then cases; null when it has neither this year. */
export function dengueBlock(ctx: WriterContext, disease: Disease): GeneratedBlock | null {
  const cases = hasCases(ctx, disease) ? caseSentences(ctx, disease) : [];
  return diseaseBlock(`disease.${disease.code}`, disease.name, [...outbreakSentences(ctx), ...cases]);
}
