/** The clauses every disease paragraph is made of: cases found, comparisons, deaths, the year-to-date opening. */
import { comparedWith, SAME_PERIOD_LAST_YEAR } from '../../../vi/comparison.ts';
import { districtListText, districtsInParentheses, districtsInRunningText } from '../../../vi/district-list.ts';
import { formatCount } from '../../../vi/number.ts';
import { noneAmongReported } from '../../../vi/report-completeness.ts';
import type { FigureRef, FigureSpan } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { clause, silent, type Clause } from './clauses.ts';
import { counted, shares } from './disease-figures.ts';

/** What is counted: `ca mắc mới` compared in `ca`, or `ổ dịch` compared in `ổ dịch`. */
export interface CountWords {
  /** The noun after the number: `ca mắc mới`, `ca mắc`, `ổ dịch`. */
  noun: string;
  /** The unit of a difference: `ca`, `ổ dịch`. */
  unit: string;
}

export const NEW_CASES: CountWords = { noun: 'ca mắc mới', unit: 'ca' };
export const CASES: CountWords = { noun: 'ca mắc', unit: 'ca' };
export const OUTBREAKS: CountWords = { noun: 'ổ dịch', unit: 'ổ dịch' };

// A year-to-date breakdown naming more districts than this goes into a footnote; the month's stays inline.
const MAX_INLINE_DISTRICTS = 3;

/** `ghi nhận 17 ca mắc mới (Ngọc Hồi 07, …)` / `ghi nhận 01 ca mắc mới tại huyện Đăk Hà` / `không ghi nhận ca mắc mới`. */
export function monthFound(ctx: WriterContext, item: string, words: CountWords): Clause {
  const month = counted(ctx, item, 'month');
  if (month.value === 0) return noneFound(ctx, words.noun, month.ref);
  const split = shares(ctx, item, 'month');
  const where = districtsInRunningText(split.counts, month.value);
  return clause(`ghi nhận ${formatCount(month.value)} ${words.noun}${where}`, [month.ref, ...split.refs]);
}

/**
 * The month against each reference span. A month without a case against references without one says nothing more
 * (`Trong tháng, không ghi nhận ca mắc mới.`), as REPORT_STYLE.md asks; otherwise every comparison is written,
 * `bằng` included.
 */
export function monthComparisons(
  ctx: WriterContext,
  item: string,
  words: CountWords,
  spans: readonly FigureSpan[],
): Clause[] {
  const month = counted(ctx, item, 'month');
  const references = spans.map((span) => ({ span, ...counted(ctx, item, span) }));
  // With forms missing the month's figure is only a part: any comparison of it could be false.
  if (ctx.incomplete || (month.value === 0 && references.every((r) => r.value === 0))) return [silent(references.map((r) => r.ref))];
  return references.map((r) =>
    clause(comparedWith(month.value, r.value, againstWords(ctx, r.span), words.unit), [month.ref, r.ref]),
  );
}

function againstWords(ctx: WriterContext, span: FigureSpan): string {
  if (span === 'previousMonth' && ctx.words.previous !== null) return ctx.words.previous;
  if (span === 'sameMonthLastYear') return ctx.sameMonthLastYear;
  return SAME_PERIOD_LAST_YEAR;
}

/** `ghi nhận 142 ca mắc` with its districts inline when they are few, else in a footnote right after the count. */
export function yearToDateFound(ctx: WriterContext, item: string, words: CountWords, listItem = item): Clause {
  const total = counted(ctx, item, 'yearToDate');
  if (total.value === 0) return noneFound(ctx, words.noun, total.ref);
  const split = shares(ctx, listItem, 'yearToDate');
  const head = `ghi nhận ${formatCount(total.value)} ${words.noun}`;
  const refs = [total.ref, ...split.refs];
  if (split.counts.length > MAX_INLINE_DISTRICTS)
    return clause(head, refs, { footnote: districtListText(split.counts) });
  return clause(head + districtsInParentheses(split.counts, total.value), refs);
}

/** `tăng 78 ca so với cùng kỳ năm trước`; unsaid (its figures still cited) when neither year has a case. */
export function yearToDateComparison(ctx: WriterContext, item: string, words: CountWords = CASES): Clause[] {
  const current = counted(ctx, item, 'yearToDate');
  const last = counted(ctx, item, 'yearToDateLastYear');
  if (ctx.incomplete || (current.value === 0 && last.value === 0)) return [silent([current.ref, last.ref])];
  return [clause(comparedWith(current.value, last.value, SAME_PERIOD_LAST_YEAR, words.unit), [current.ref, last.ref])];
}

/**
 * `không có tử vong` / `có 01 ca tử vong (Kon Plông)`. One wording for every disease: the seed mixes it with
 * `không có ca tử vong`; REPORT_STYLE.md names `không có tử vong` first and most bullets of the seed use it.
 */
export function deaths(ctx: WriterContext, item: string, span: FigureSpan): Clause {
  const total = counted(ctx, item, span);
  if (total.value === 0) return ctx.incomplete ? clause(noneAmongReported('ca tử vong'), [total.ref]) : clause('không có tử vong', [total.ref]);
  const split = shares(ctx, item, span);
  const where = districtsInParentheses(split.counts, total.value);
  return clause(`có ${formatCount(total.value)} ca tử vong${where}`, [total.ref, ...split.refs]);
}

/** `Lũy tích đến 30/11/2023`, or with the year's start (`Lũy tích từ 01/01/2023 đến 30/11/2023`). */
export function cumulativeOpening(ctx: WriterContext, fromYearStart = false): Clause {
  return clause(fromYearStart ? `Lũy tích từ ${ctx.yearStart} đến ${ctx.monthEnd}` : `Lũy tích đến ${ctx.monthEnd}`);
}

/** `không ghi nhận ca mắc mới`; with forms missing, a zero only for the units that reported. */
function noneFound(ctx: WriterContext, noun: string, ref: FigureRef): Clause {
  return clause(ctx.incomplete ? noneAmongReported(noun) : `không ghi nhận ${noun}`, [ref]);
}

/** `Trong tháng`, `Trong quý`, `Trong 6 tháng đầu năm`: what the period's figures are opened with. */
export function inThePeriod(ctx: WriterContext): Clause {
  return clause(`Trong ${ctx.words.within}`);
}
