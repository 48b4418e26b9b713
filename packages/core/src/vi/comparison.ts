/** Comparisons as the report words them: `tăng 04 ca so với tháng trước`, `giảm 03 ổ dịch …`, `bằng so với …`. */
import { formatCount } from './number.ts';

/** What a month is compared with, in running text. */
export const PREVIOUS_MONTH = 'tháng trước';
/** What a year-to-date figure is compared with. */
export const SAME_PERIOD_LAST_YEAR = 'cùng kỳ năm trước';

/** `tăng 04 ca`, `giảm 07 ổ dịch` or `bằng`: the direction always follows the sign of the difference. */
export function changeWords(current: number, reference: number, unit = 'ca'): string {
  const difference = current - reference;
  if (difference === 0) return 'bằng';
  return `${difference > 0 ? 'tăng' : 'giảm'} ${formatCount(Math.abs(difference))} ${unit}`;
}

/** `tăng 04 ca so với tháng trước`, `bằng so với tháng 11/2022`, `giảm 509 ca so với cùng kỳ năm trước`. */
export function comparedWith(current: number, reference: number, against: string, unit = 'ca'): string {
  return `${changeWords(current, reference, unit)} so với ${against}`;
}
