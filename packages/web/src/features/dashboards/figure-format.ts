/** Figures as the dashboard shows them: Vietnamese separators, the item's own decimals. */
const formats = new Map<number, Intl.NumberFormat>();

function formatWith(decimals: number): Intl.NumberFormat {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  return format;
}

/** `12345` → `12.345`, `66.75` with 1 decimal → `66,8`; an item without stated decimals keeps up to 2. */
export function formatFigure(value: number, decimals: number | null): string {
  return formatWith(decimals ?? 2).format(value);
}

/** A change in percent, one decimal: `12,5%`. */
export function formatChange(percent: number): string {
  return `${formatWith(1).format(percent)}%`;
}
