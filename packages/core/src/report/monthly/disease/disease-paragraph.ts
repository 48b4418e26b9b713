/**
 * The paragraph of one notifiable disease: `Trong tháng, ghi nhận … so với tháng 11/2022. Lũy tích đến …, không có
 * tử vong, ghi nhận … ca mắc (…), tăng … so với cùng kỳ năm trước.` Special diseases add clauses through the options.
 */
import type { Disease } from '../../../metadata/types.ts';
import type { GeneratedBlock, Sentence } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import {
  CASES,
  cumulativeOpening,
  deaths,
  inThePeriod,
  monthComparisons,
  monthFound,
  NEW_CASES,
  yearToDateComparison,
  yearToDateFound,
} from './case-clauses.ts';
import { asBullet, sentenceOf, type Clause } from './clauses.ts';
import { count, counted } from './disease-figures.ts';
import { planShare } from '../plan-share.ts';
import { yearEstimateSentence } from '../../annual/year-estimates.ts';
import { DISEASE_CASES_NOUN } from '../../../vi/estimate-words.ts';

/** Whether the disease has a case this month or this year (and so a bullet of its own). */
export function hasCases(ctx: WriterContext, disease: Disease): boolean {
  return count(ctx, disease.casesElement, 'month') > 0 || count(ctx, disease.casesElement, 'yearToDate') > 0;
}

/** The month's sentence; `lead` clauses go right after `Trong tháng` (tuberculosis states its deaths there). */
export function monthSentence(ctx: WriterContext, disease: Disease, lead: Clause[] = []): Sentence {
  const item = disease.casesElement;
  return sentenceOf([
    inThePeriod(ctx),
    ...lead,
    monthFound(ctx, item, NEW_CASES),
    ...monthComparisons(ctx, item, NEW_CASES, ctx.references),
  ]);
}

export interface YearToDateOptions {
  /** `Lũy tích từ 01/01/2023 đến …` instead of `Lũy tích đến …`. */
  fromYearStart?: boolean;
  /** Clauses between the deaths and the cases (malaria's severe cases). */
  afterDeaths?: Clause[];
  /** A cases clause of its own (malaria's imported cases). */
  found?: Clause;
  /** Clauses after the comparison (tuberculosis's forms). */
  after?: Clause[];
}

/** The year-to-date sentence; a year without a case states no deaths. The year's plan follows the comparison. */
export function yearToDateSentence(ctx: WriterContext, disease: Disease, options: YearToDateOptions = {}): Sentence {
  const item = disease.casesElement;
  const anyCase = count(ctx, item, 'yearToDate') > 0;
  return sentenceOf([
    cumulativeOpening(ctx, options.fromYearStart),
    ...(anyCase ? [deaths(ctx, disease.deathsElement, 'yearToDate'), ...(options.afterDeaths ?? [])] : []),
    options.found ?? yearToDateFound(ctx, item, CASES),
    ...yearToDateComparison(ctx, item),
    ...planShare(ctx, counted(ctx, item, 'yearToDate').ref),
    ...(options.after ?? []),
  ]);
}

/**
 * The disease's case sentences: the period's, then the year to date's, then the year's estimate when the annual
 * review is written before December is in. A period starting in January is its own year to date, so the two would
 * state one span twice: the period's sentence then takes the year-to-date sentence's own clauses (deaths, severe
 * and imported cases, the forms) and the year-to-date sentence is left out. `lead` clauses go after `Trong …`.
 */
export function caseSentences(ctx: WriterContext, disease: Disease, options: YearToDateOptions & { lead?: Clause[] } = {}): Sentence[] {
  const estimate = yearEstimateSentence(ctx, [{ item: disease.casesElement, noun: DISEASE_CASES_NOUN }]);
  const sentences = ctx.yearToDateIsPeriod
    ? [periodAsYearSentence(ctx, disease, options)]
    : [monthSentence(ctx, disease, options.lead), yearToDateSentence(ctx, disease, options)];
  return estimate ? [...sentences, estimate] : sentences;
}

/** `Trong năm, không có tử vong, ghi nhận 139 ca mắc mới (…), giảm … so với năm 2022; trong đó …`. */
function periodAsYearSentence(ctx: WriterContext, disease: Disease, options: YearToDateOptions & { lead?: Clause[] }): Sentence {
  const item = disease.casesElement;
  const anyCase = count(ctx, item, 'month') > 0;
  const deathClauses = options.lead ?? (anyCase ? [deaths(ctx, disease.deathsElement, 'month')] : []);
  return sentenceOf([
    inThePeriod(ctx),
    ...deathClauses,
    ...(anyCase ? (options.afterDeaths ?? []) : []),
    options.found ?? monthFound(ctx, item, NEW_CASES),
    ...monthComparisons(ctx, item, NEW_CASES, ctx.references),
    ...(options.after ?? []),
  ]);
}

/** A generated block `disease.<CODE>` as one bullet, or null when it has no sentence. */
export function diseaseBlock(id: string, label: string | null, sentences: Sentence[]): GeneratedBlock | null {
  const bullet = asBullet(label, sentences);
  return bullet.length > 0 ? { kind: 'generated', id, sentences: bullet } : null;
}

/** The paragraph of a disease without special figures, or null without a case this month or year. */
export function standardDiseaseBlock(ctx: WriterContext, disease: Disease): GeneratedBlock | null {
  if (!hasCases(ctx, disease)) return null;
  return diseaseBlock(`disease.${disease.code}`, disease.name, caseSentences(ctx, disease));
}
