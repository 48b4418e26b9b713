/** Section 3's bed occupancy: the average over all levels, then each level, with last month's rate in parentheses. */
import { formatPercent } from '../../../vi/number.ts';
import { figureRef, type WriterContext } from '../context.ts';
import type { Clause } from './clause.ts';
import { decimalsOf } from './read.ts';
import { joinWithAnd } from './words.ts';

const OVERALL = 'KCB_BED_OCCUPANCY';

/** The levels (category TUYEN) in the report's order and how the sentence names them. */
const LEVELS = [
  { item: 'KCB_BED_OCCUPANCY_TINH', name: 'tuyến tỉnh' },
  { item: 'KCB_BED_OCCUPANCY_HUYEN', name: 'tuyến huyện' },
  { item: 'KCB_BED_OCCUPANCY_PKDKKV', name: 'phòng khám đa khoa khu vực' },
] as const;

/**
 * `công suất sử dụng giường bệnh kế hoạch bình quân của … đạt 66,8% (tháng trước 73,3%), trong đó tuyến tỉnh 83,9%
 * (tháng trước 84,5%), …`; a level without data is left out, and without any rate there is no clause.
 */
export function bedOccupancyClause(ctx: WriterContext): Clause | null {
  const overall = rateClause(ctx, OVERALL, '');
  const levels = LEVELS.map((level) => rateClause(ctx, level.item, `${level.name} `)).filter(
    (c): c is Clause => c !== null,
  );
  const byLevel = joinWithAnd(levels.map((c) => c.text));
  const figures = [...(overall?.figures ?? []), ...levels.flatMap((c) => c.figures)];
  const subject = 'công suất sử dụng giường bệnh kế hoạch';
  if (overall) {
    const average = `${subject} bình quân của các bệnh viện tuyến tỉnh, huyện và phòng khám đa khoa khu vực đạt ${overall.text}`;
    return { text: levels.length > 0 ? `${average}, trong đó ${byLevel}` : average, figures };
  }
  return levels.length > 0 ? { text: `${subject} ${byLevel}`, figures } : null;
}

/** `tuyến tỉnh 83,9% (tháng trước 84,5%)`; the parenthesis only when last month's rate is known. */
function rateClause(ctx: WriterContext, item: string, label: string): Clause | null {
  const now = figureRef(ctx, item, 'month');
  if (now.value === null) return null;
  const decimals = decimalsOf(ctx, item, 1);
  // The rate of the period before, when the kind compares with it (not the nine months nor the year).
  const before = ctx.words.previous === null ? null : figureRef(ctx, item, 'previousMonth');
  const previous = before?.value == null ? '' : ` (${ctx.words.previous} ${formatPercent(before.value, decimals)})`;
  return { text: `${label}${formatPercent(now.value, decimals)}${previous}`, figures: before ? [now, before] : [now] };
}
