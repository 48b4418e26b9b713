/** A pivot cell as the screen shows it: Vietnamese separators, the item's decimals, "—" for a refused total. */
import { formatNumber } from '../vi/number.ts';
import type { PivotCell } from './pivot-types.ts';

/** Decimals shown when the item does not say: enough for a rate, none wasted on a count. */
const DEFAULT_DECIMALS = 2;

/** `1.234,5` for a value, `—` for a total that is not true, `` for no data. */
export function formatPivotCell(cell: PivotCell): string {
  if (cell.reason !== null) return '—';
  if (cell.value === null) return '';
  return formatNumber(cell.value, cell.decimals ?? DEFAULT_DECIMALS);
}
