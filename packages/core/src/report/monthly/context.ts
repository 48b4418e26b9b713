/** What every section writer of the monthly report reads, computed once. */
import { parsePeriod } from '../../period/index.ts';
import { formatViDate } from '../../vi/date.ts';
import { monthReference } from '../../vi/date-words.ts';
import type { ReportFigures, ReportUnit } from '../figures.ts';
import type { MonthlyReportInput } from '../input.ts';
import type { FigureRef, FigureSpan, Sentence } from '../model.ts';

export interface WriterContext {
  input: MonthlyReportInput;
  figures: ReportFigures;
  year: number;
  /** 1–12. */
  month: number;
  /** The last day the figures can speak for, as written: the month's last day (`30/11/2023`), or today if earlier. */
  monthEnd: string;
  /** Some forms the section rests on were not counted: no zero, decrease or `không ghi nhận` may be stated. */
  incomplete: boolean;
  /** The first day of the year as written: `01/01/2023`. */
  yearStart: string;
  /** The same month last year in running text: `tháng 11/2022`. */
  sameMonthLastYear: string;
  /** The report unit's children (districts) in canonical order. */
  children: readonly ReportUnit[];
}

/** The context of a monthly report input. */
export function writerContext(input: MonthlyReportInput): WriterContext {
  const period = parsePeriod(input.period);
  const year = Number(input.period.slice(0, 4));
  const month = Number(input.period.slice(4, 6));
  return {
    input,
    figures: input.figures,
    year,
    month,
    monthEnd: formatViDate(input.today && input.today < period.endDate ? input.today : period.endDate),
    incomplete: false,
    yearStart: `01/01/${year}`,
    sameMonthLastYear: monthReference(year - 1, month),
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
