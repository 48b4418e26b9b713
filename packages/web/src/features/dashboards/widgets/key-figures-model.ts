import type { AnalyticsQuery, AnalyticsTable, PeriodMeta } from '@syt/core/api/analytics.ts';

/** One key figure to show: a data item's code, its label, and which way is better (none when neither is). */
export interface KeyFigureSpec {
  code: string;
  label?: string;
  better?: 'up' | 'down';
}

/** One card: the value this month, the same month a year earlier, and the change between them in percent. */
export interface KeyFigureRow {
  code: string;
  label: string;
  decimals: number | null;
  current: number | null;
  previous: number | null;
  /** null when either value is missing, or last year's is 0 and this year's is not (no percentage of nothing). */
  changePercent: number | null;
  better?: 'up' | 'down';
}

export interface KeyFigureModel {
  unit: string;
  current: PeriodMeta | null;
  previous: PeriodMeta | null;
  rows: KeyFigureRow[];
}

/** The query behind the key figures: this month and the same month last year, at the user's own unit. */
export function keyFiguresQuery(figures: readonly KeyFigureSpec[]): AnalyticsQuery {
  return { dx: figures.map((f) => f.code), ou: ['USER_ORGUNIT'], pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'] };
}

/** Percent change from `previous` to `current` (0 when equal, zeros too); null when it cannot be said. */
export function changePercent(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (current === previous) return 0;
  if (previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/**
 * The cards from the table: the later period is this month, the earlier one the same month last year. A cell the table
 * does not list has no stored value and stays null, never 0.
 */
export function keyFigureModel(table: AnalyticsTable, figures: readonly KeyFigureSpec[]): KeyFigureModel {
  const periods = [...table.items.pe].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const current = periods.at(-1) ?? null;
  const previous = periods.length > 1 ? periods[0]! : null;
  const unit = table.items.ou[0];
  const values = new Map(table.cells.map((c) => [`${c.dx}|${c.ou}|${c.pe}`, c.value]));
  const at = (dx: string, pe: PeriodMeta | null) =>
    unit && pe ? (values.get(`${dx}|${unit.code}|${pe.code}`) ?? null) : null;
  const meta = new Map(table.items.dx.map((d) => [d.code, d]));
  const rows = figures.map((f) => {
    const now = at(f.code, current);
    const then = at(f.code, previous);
    const row: KeyFigureRow = {
      code: f.code,
      label: f.label ?? meta.get(f.code)?.name ?? f.code,
      decimals: meta.get(f.code)?.decimals ?? null,
      current: now,
      previous: then,
      changePercent: changePercent(now, then),
    };
    if (f.better) row.better = f.better;
    return row;
  });
  return { unit: unit?.name ?? '', current, previous, rows };
}

/** The change's tone: good, bad, or neutral when the figure has no better direction or did not move. */
export function changeTone(row: KeyFigureRow): 'good' | 'bad' | 'neutral' {
  if (row.changePercent === null || row.changePercent === 0 || !row.better) return 'neutral';
  return row.changePercent > 0 === (row.better === 'up') ? 'good' : 'bad';
}
