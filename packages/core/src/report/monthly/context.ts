/** What every section writer of a report reads, computed once: the figures and the period's words and dates. */
import { formatViDate } from '../../vi/date.ts';
import { createPeriod } from '../../period/index.ts';
import { periodWords, type PeriodWords } from '../../vi/period-words.ts';
import type { ReportFigures, ReportUnit } from '../figures.ts';
import type { MonthlyReportInput } from '../input.ts';
import type { FigureRef, FigureSpan, Sentence } from '../model.ts';
import type { ReportCompleteness } from '../completeness.ts';
import { completenessThrough, countedThrough, yearToDateIsPeriod } from '../counted-through.ts';
import { comparesWithPreviousPeriod, nextPlanPeriod, parseReportPeriod, type ReportPeriod } from '../report-period.ts';

export interface WriterContext {
  input: MonthlyReportInput;
  figures: ReportFigures;
  /** The report's period (a month for the monthly report). */
  period: ReportPeriod;
  /** How the period is named in titles and sentences. */
  words: PeriodWords;
  /** The spans the period's figure is compared with: the period before (when it is worth it) and last year's. */
  references: readonly FigureSpan[];
  year: number;
  /** The period's last month, 1–12 (the month itself for the monthly report). */
  month: number;
  /**
   * The last month the figures speak for, 1–12 (`countedThrough`): the period's last month, or an earlier one when the
   * report is written before its period's data are in (the annual review on 04/12 speaks to November).
   */
  through: number;
  /** The last day the figures speak for, as written: the last counted month's last day (`30/11/2023`), or today if earlier. */
  monthEnd: string;
  /** The period starts in January, so its year to date is the period itself: no year-to-date clause repeats it. */
  yearToDateIsPeriod: boolean;
  /** The forms of the months counted (what the sections' completeness notes speak of). */
  completeness: ReportCompleteness | undefined;
  /** Some forms the section rests on were not counted: no zero, decrease or `không ghi nhận` may be stated. */
  incomplete: boolean;
  /** The first day of the year as written: `01/01/2023`. */
  yearStart: string;
  /** The same period last year in running text: `tháng 11/2022`, `quý III/2022`. */
  sameMonthLastYear: string;
  /** The report unit's children (districts) in canonical order. */
  children: readonly ReportUnit[];
}

/** The report period an input names; throws on a code that is not of its kind's form (the server checks first). */
export function inputPeriod(input: MonthlyReportInput): ReportPeriod {
  const kind = input.kind ?? 'monthly';
  const period = parseReportPeriod(kind, input.period);
  if (!period) throw new Error(`Not a ${kind} report period: ${input.period}`);
  return period;
}

/** The context of a report input. */
export function writerContext(input: MonthlyReportInput): WriterContext {
  const period = inputPeriod(input);
  const words = periodWords(period, nextPlanPeriod(period));
  const { year } = period;
  const counted = countedThrough(period, input.today, input.completeness);
  const through = counted ?? period.lastMonth;
  const lastDay = counted === null ? period.endDate : createPeriod('Monthly', year, through).endDate;
  return {
    input,
    figures: input.figures,
    period,
    words,
    references: comparesWithPreviousPeriod(period) ? ['previousMonth', 'sameMonthLastYear'] : ['sameMonthLastYear'],
    year,
    month: period.lastMonth,
    through,
    monthEnd: formatViDate(input.today && input.today < lastDay ? input.today : lastDay),
    yearToDateIsPeriod: yearToDateIsPeriod(period),
    completeness: completenessThrough(input.completeness, period, through),
    incomplete: false,
    yearStart: `01/01/${year}`,
    sameMonthLastYear: words.sameLastYear,
    children: [...input.children].sort((a, b) => a.sortOrder - b.sortOrder),
  };
}

/** A figure reference read from the context's figures (the total, or one child's share). */
export function figureRef(ctx: WriterContext, item: string, span: FigureSpan, orgUnit?: string): FigureRef {
  if (orgUnit === undefined) return { item, span, value: ctx.figures.total(item, span) };
  return { item, span, orgUnit, value: ctx.figures.byUnit(item, span).get(orgUnit) ?? 0 };
}

/** A sentence citing its figures. */
export function sentence(text: string, figures: FigureRef[], footnotes?: Sentence['footnotes']): Sentence {
  return footnotes && footnotes.length > 0 ? { text, figures, footnotes } : { text, figures };
}
