import {
  ANALYTICS_LIMITS,
  CHART_TYPES,
  DIMENSIONS,
  RELATIVE_PERIODS,
  type AnalyticsQuery,
  type ChartLayout,
  type ChartType,
  type Dimension,
  type FavouriteView,
  type PivotLayout,
} from '@syt/core/api/analytics.ts';

/**
 * The analytics page's address, every part a plain string so a link can be written by hand:
 * `/phan-tich?dx=SXHD_CASES&ou=USER_ORGUNIT;LEVEL-2&pe=2019;2020&rows=ou&columns=pe&view=chart&chart=line`.
 */
export interface AnalyticsSearch {
  dx?: string;
  ou?: string;
  pe?: string;
  rows?: string;
  columns?: string;
  /** `rows,columns`: which totals are shown. */
  totals?: string;
  /** `1` for subtotals by parent unit. */
  sub?: string;
  /** `rows,columns`: which empty lines are hidden. */
  hide?: string;
  /** `<column key>:asc|desc`. */
  sort?: string;
  view?: string;
  chart?: string;
  series?: string;
  category?: string;
  /** The favourite being edited, so Lưu updates it. */
  fav?: string;
}

export type AnalyticsView = 'table' | 'chart';

/** Everything the page shows, read from the address. */
export interface AnalyticsState {
  query: AnalyticsQuery;
  pivot: PivotLayout;
  chart: ChartLayout;
  view: AnalyticsView;
  favouriteId: number | null;
}

const KEYS = ['dx', 'ou', 'pe', 'rows', 'columns', 'totals', 'sub', 'hide', 'sort', 'view', 'chart', 'series', 'category', 'fav'] as const;
const MAX_PARAM = 4_000;

/** Keeps the known keys with string values of a sane length; the rest of the address is ignored. */
export function validateAnalyticsSearch(search: Record<string, unknown>): AnalyticsSearch {
  const result: AnalyticsSearch = {};
  for (const key of KEYS) {
    const value = search[key];
    if (typeof value === 'string' && value.trim() && value.length <= MAX_PARAM) result[key] = value.trim();
  }
  return result;
}

const items = (text: string | undefined, max: number) =>
  [...new Set((text ?? '').split(';').map((s) => s.trim()).filter(Boolean))].slice(0, max);

const isDimension = (s: string): s is Dimension => (DIMENSIONS as readonly string[]).includes(s);
const dimensions = (text: string | undefined) => [...new Set((text ?? '').split(',').filter(isDimension))];

/** The pivot layout of an address: rows ou and columns pe unless it says otherwise; a dimension sits in one place. */
function pivotOf(search: AnalyticsSearch): PivotLayout {
  const rows = search.rows === undefined ? (['ou'] as Dimension[]) : dimensions(search.rows);
  const columns = (search.columns === undefined ? (['pe'] as Dimension[]) : dimensions(search.columns)).filter(
    (d) => !rows.includes(d),
  );
  const totals = search.totals === undefined ? ['rows', 'columns'] : search.totals.split(',');
  const hide = search.hide === undefined ? ['rows'] : search.hide.split(',');
  const sortMatch = /^(.*):(asc|desc)$/.exec(search.sort ?? '');
  return {
    rows,
    columns,
    totals: { rows: totals.includes('rows'), columns: totals.includes('columns') },
    subtotals: search.sub === '1',
    hideEmptyRows: hide.includes('rows'),
    hideEmptyColumns: hide.includes('columns'),
    sort: sortMatch ? { column: sortMatch[1]!, direction: sortMatch[2] as 'asc' | 'desc' } : null,
  };
}

function chartOf(search: AnalyticsSearch, pivot: PivotLayout): ChartLayout {
  const type = (CHART_TYPES as readonly string[]).includes(search.chart ?? '') ? (search.chart as ChartType) : 'line';
  return defaultChart(pivot, type, search.series, search.category);
}

/** A chart drawn from a pivot: its first row dimension makes the series, its first column dimension the x axis. */
export function defaultChart(pivot: PivotLayout, type: ChartType = 'line', series?: string, category?: string): ChartLayout {
  const seriesDim = series && isDimension(series) ? series : (pivot.rows[0] ?? 'dx');
  const fallback = pivot.columns[0] && pivot.columns[0] !== seriesDim ? pivot.columns[0] : DIMENSIONS.find((d) => d !== seriesDim)!;
  const categoryDim = category && isDimension(category) && category !== seriesDim ? category : fallback;
  return { type, series: seriesDim, category: categoryDim };
}

/** The page's state read from its address. */
export function stateFromSearch(search: AnalyticsSearch): AnalyticsState {
  const pivot = pivotOf(search);
  const fav = Number(search.fav);
  return {
    query: {
      dx: items(search.dx, ANALYTICS_LIMITS.dx),
      ou: items(search.ou, ANALYTICS_LIMITS.ou),
      pe: items(search.pe, ANALYTICS_LIMITS.pe),
    },
    pivot,
    chart: chartOf(search, pivot),
    view: search.view === 'chart' ? 'chart' : 'table',
    favouriteId: Number.isInteger(fav) && fav > 0 ? fav : null,
  };
}

/** The address of a state; read back by stateFromSearch it gives the same state. */
export function searchFromState(state: AnalyticsState): AnalyticsSearch {
  const { query, pivot, chart } = state;
  const flags = (pairs: [string, boolean][]) => pairs.filter(([, on]) => on).map(([name]) => name).join(',');
  const search: AnalyticsSearch = {
    dx: query.dx.join(';'),
    ou: query.ou.join(';'),
    pe: query.pe.join(';'),
    rows: pivot.rows.join(','),
    columns: pivot.columns.join(','),
    totals: flags([['rows', pivot.totals.rows], ['columns', pivot.totals.columns]]),
    hide: flags([['rows', pivot.hideEmptyRows], ['columns', pivot.hideEmptyColumns]]),
  };
  if (pivot.subtotals) search.sub = '1';
  if (pivot.sort) search.sort = `${pivot.sort.column}:${pivot.sort.direction}`;
  if (state.view === 'chart') {
    search.view = 'chart';
    search.chart = chart.type;
    search.series = chart.series;
    search.category = chart.category;
  }
  if (state.favouriteId !== null) search.fav = String(state.favouriteId);
  return search;
}

/** The state a saved favourite opens in: its query, its layout, and the view of its kind. */
export function stateFromFavourite(favourite: FavouriteView): AnalyticsState {
  if (favourite.kind === 'chart') {
    const chart = favourite.layout as ChartLayout;
    const pivot = pivotOf({ rows: chart.series, columns: chart.category });
    return { query: favourite.query, pivot, chart, view: 'chart', favouriteId: favourite.id };
  }
  const pivot = favourite.layout as PivotLayout;
  return { query: favourite.query, pivot, chart: defaultChart(pivot), view: 'table', favouriteId: favourite.id };
}

/** The dimensions neither on rows nor on columns: each shows one item. */
export function filterDimensions(pivot: PivotLayout): Dimension[] {
  return DIMENSIONS.filter((d) => !pivot.rows.includes(d) && !pivot.columns.includes(d));
}

/** Org-unit keywords and relative periods that stand for several items. */
const SINGLE_PERIODS = new Set(['THIS_MONTH', 'LAST_MONTH', 'SAME_MONTH_LAST_YEAR', 'THIS_QUARTER', 'THIS_YEAR', 'LAST_YEAR', 'THIS_WEEK']);
const mayExpand = (code: string) =>
  code === 'USER_ORGUNIT_CHILDREN' ||
  /^(CHILDREN|LEVEL|OU_GROUP)-/.test(code) ||
  ((RELATIVE_PERIODS as readonly string[]).includes(code) && !SINGLE_PERIODS.has(code));

/**
 * The layout for a new query: a filter dimension that now holds several items (two data items, a whole level) moves
 * to the rows, since a filter shows one item and the table could not be laid out otherwise.
 */
export function fitLayout(pivot: PivotLayout, query: AnalyticsQuery): PivotLayout {
  const crowded = filterDimensions(pivot).filter((d) => query[d].length > 1 || query[d].some(mayExpand));
  if (crowded.length === 0) return pivot;
  return { ...pivot, rows: [...pivot.rows, ...crowded], sort: null };
}
