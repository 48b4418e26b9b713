/** A change against an earlier figure in percent, as the report words it: `giảm 8,7% so với tháng trước`. */
import { comparisons } from '../aggregate/comparisons.ts';
import { formatPercent } from './number.ts';

/**
 * `tăng 8,7% so với tháng trước`, `giảm 5% so với tháng trước` (one decimal, `,0` dropped), `bằng so với tháng
 * trước`; null when there is no earlier figure or it is 0 (a percentage of nothing means nothing).
 */
export function percentChange(
  current: number,
  previous: number | null,
  reference = 'so với tháng trước',
): string | null {
  if (previous === null || previous === 0) return null;
  const { direction, percent } = comparisons(current, previous);
  if (direction === 'same') return `bằng ${reference}`;
  const verb = direction === 'up' ? 'tăng' : 'giảm';
  // A real change that rounds to 0,0% must not read as "tăng 0%" (nor as "bằng"), so it is bounded instead.
  if (percent === 0 || percent === null) return `${verb} dưới ${formatPercent(0.1)} ${reference}`;
  return `${verb} ${formatPercent(Math.abs(percent), 1)} ${reference}`;
}
