/** Vietnamese display formats for dates, periods and numbers, via Intl (no hand-made calendar logic). */
import { tryParsePeriod, type Period } from '@syt/core/period/index.ts';
import { vi } from './vi.ts';

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });
const localDateFormat = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });

// Vietnam keeps UTC+7 all year; timestamps of submissions and changes are read there, whatever the browser's zone.
const vietnamFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumSignificantDigits: 2 });

/** `2025-06-30` → `30/06/2025`; other input is returned unchanged. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return dateFormat.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** An ISO timestamp in local time: `14:30 23/11/2025`. */
export function formatDateTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return `${timeFormat.format(date)} ${localDateFormat.format(date)}`;
}

/** An ISO timestamp in Vietnam time, date first: `2023-12-05T17:05:00Z` → `06/12/2023 00:05`. */
export function formatVietnamDateTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const part = Object.fromEntries(vietnamFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** A period code as people say it: `202311` → `Tháng 11/2023`, `2023Q4` → `Quý 4/2023`; unknown codes unchanged. */
export function formatPeriodLabel(code: string): string {
  const period = tryParsePeriod(code);
  if (period?.type === 'Weekly') return formatWeekLabel(period);
  return period ? vi.periods.label[period.type](period.index, period.year) : code;
}

/** An ISO week with its Monday and Sunday, since week numbers alone say little: `Tuần 47/2023 (20/11 – 26/11/2023)`. */
export function formatWeekLabel(week: Period): string {
  return vi.periods.weekWithDays(week.index, week.year, formatIsoDate(week.startDate).slice(0, 5), formatIsoDate(week.endDate));
}

/** A percentage with a Vietnamese decimal comma, one decimal, no trailing `,0`: `66,7%`, `100%`; null → `—`. */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${percentFormat.format(value)}%`;
}

/** A number with Vietnamese separators: `12345` → `12.345`, `66.8` → `66,8`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A number in a few characters, for small charts: `86384` → `86 N`, `1234` → `1,2 N`, `12` → `12`. */
export function formatCompact(value: number): string {
  return compactFormat.format(value);
}
