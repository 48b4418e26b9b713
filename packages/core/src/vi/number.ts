/** Numbers as Vietnamese official documents write them: `.` between thousands, `,` before decimals. */
import { roundTo } from '../aggregate/round.ts';

/** Thousands grouped with `.`, decimals after `,`: 29601 → `29.601`, 66.8 → `66,8`, -3 → `-3`. */
export function formatNumber(value: number, maxDecimals = 0): string {
  const rounded = roundTo(value, maxDecimals);
  const sign = rounded < 0 ? '-' : '';
  const [whole, fraction = ''] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${sign}${grouped},${trimmed}` : `${sign}${grouped}`;
}

/** A count as the report writes it: below 10 with two digits (`01`, `09`), from 10 on plain (`17`, `2.258`). */
export function formatCount(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 10) return `0${value}`;
  return formatNumber(value);
}

/** A percentage with at most `decimals` decimals and a trailing `,0` dropped: 66.8 → `66,8%`, 5.0 → `5%`. */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}
