/**
 * Shapes of the analytics API (`/api/analytics…`): a query over data items × org units × periods answered from the
 * stored values on each request, the pivot and chart layouts drawn from its table, saved favourites and dashboards.
 * The server is typed with them and the web reads them. A query is also a URL (`?dx=…&ou=…&pe=…`), so a pivot can be
 * opened by link; the dimension items use DHIS2's spellings where DHIS2 has one.
 */
import type { Role } from './contract.ts';

// ---------------------------------------------------------------------------------------------------------------
// The query

/**
 * Relative periods, resolved against the server's today (or the query's `referenceDate`). "This month" is the month
 * being reported, the last finished one: on 03/01/2024 it is 12/2023, as the department reads it.
 */
export const RELATIVE_PERIODS = [
  'THIS_MONTH', 'LAST_MONTH', 'SAME_MONTH_LAST_YEAR', 'LAST_3_MONTHS', 'LAST_6_MONTHS', 'LAST_12_MONTHS',
  'SAME_12_MONTHS_LAST_YEAR', 'MONTHS_THIS_YEAR', 'MONTHS_LAST_YEAR', 'THIS_QUARTER', 'LAST_4_QUARTERS',
  'QUARTERS_THIS_YEAR', 'THIS_YEAR', 'LAST_YEAR', 'LAST_5_YEARS', 'THIS_WEEK', 'LAST_4_WEEKS', 'LAST_12_WEEKS',
  'LAST_52_WEEKS',
] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

/** The three dimensions of every analytics table: data (`dx`), org units (`ou`) and periods (`pe`). */
export const DIMENSIONS = ['dx', 'ou', 'pe'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * POST /api/analytics body, and the favourite's stored query. Each list names the dimension's items:
 * - `dx`: `ELEMENT`, `ELEMENT.OPTION` (one disaggregation), an indicator code, or `TARGET.ITEM` / `ACHIEVEMENT.ITEM`
 *   (the plan target of an item for a yearly period, and the % achieved, issue 9);
 * - `ou`: org-unit codes, `USER_ORGUNIT` (the user's scope root), `USER_ORGUNIT_CHILDREN`, `CHILDREN-<code>`,
 *   `LEVEL-<n>` (every unit at level n under the other items, or under the user's root when there are none; 1 is a
 *   province) and `OU_GROUP-<type>` (units of one type, `AREA` or `HEALTH_UNIT`, under the same boundary);
 * - `pe`: DHIS2 period codes (`202311`, `2023Q4`, `2023`, `2023W47`) and relative periods.
 * Weekly and calendar periods are not mixed in one query (a week is not a part of a month: period/count-once.ts).
 */
export interface AnalyticsQuery {
  dx: string[];
  ou: string[];
  pe: string[];
  /** ISO date the relative periods are counted from; the server's today when absent. */
  referenceDate?: string;
}

/** Bounds of one query: more is a mistake or an attack, not an analysis. */
export const ANALYTICS_LIMITS = { dx: 50, ou: 200, pe: 120, cells: 200_000 } as const;

// ---------------------------------------------------------------------------------------------------------------
// The table

export interface DimensionItem {
  /** The code as the query's cells name it: an element code, an org-unit code, a period code. */
  code: string;
  /** The Vietnamese name shown in headers ("Sốt xuất huyết Dengue – số mắc", "Đăk Hà", "Tháng 11/2023"). */
  name: string;
}

export interface DataItemMeta extends DimensionItem {
  kind: 'element' | 'option' | 'indicator' | 'target' | 'achievement';
  /**
   * Whether a total over org units, and over periods, is the sum of the cells: true for counts (SUM elements), over
   * units only for LAST elements (a stock at the end of the range), never for indicators and percentages. A pivot
   * shows no total where it would not be true.
   */
  additive: { ou: boolean; pe: boolean };
  decimals: number | null;
}

export interface OrgUnitMeta extends DimensionItem {
  level: number;
  /** Codes of its ancestors from the root, itself excluded: for subtotals by parent. */
  ancestors: string[];
  /**
   * Codes of the units it succeeded whose values count in its cells for the periods before it opened (Quảng Ngãi's
   * months before 07/2025 are Kon Tum's): the series runs unbroken through a merger.
   */
  history: string[];
}

export interface PeriodMeta extends DimensionItem {
  startDate: string;
  endDate: string;
}

/** One cell with a value. A cell not listed has no stored value: "no data", never zero. */
export interface AnalyticsCell {
  dx: string;
  ou: string;
  pe: string;
  value: number;
}

/** POST /api/analytics answer. */
export interface AnalyticsTable {
  /** The query as answered: relative periods and `LEVEL-`/`USER_ORGUNIT` items expanded, in display order. */
  items: { dx: DataItemMeta[]; ou: OrgUnitMeta[]; pe: PeriodMeta[] };
  /** The relative periods and org-unit keywords the query named, as written, for a favourite to keep them relative. */
  query: AnalyticsQuery;
  cells: AnalyticsCell[];
  /** Whether the chosen org units are disjoint (none lies under another), so that a total over them is a sum. */
  ouDisjoint: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Pivot and chart layouts

/** How a pivot lays its table out. Every dimension is on rows, columns or a filter (a single item). */
export interface PivotLayout {
  rows: Dimension[];
  columns: Dimension[];
  totals: { rows: boolean; columns: boolean };
  subtotals: boolean;
  hideEmptyRows: boolean;
  hideEmptyColumns: boolean;
  /** Sort rows by one column's values (its key: the column's item codes joined by `|`), or keep metadata order. */
  sort: { column: string; direction: 'asc' | 'desc' } | null;
}

export const CHART_TYPES = ['line', 'column', 'stackedColumn', 'yearOverYear', 'singleValue'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/**
 * How a chart draws its table. `series` makes the lines or bars, `category` the x axis; the third dimension holds
 * one item. `yearOverYear` draws the same months of each year as a line per year (category: month of year).
 * `singleValue` shows the first cell's value with its change against the same period a year earlier.
 */
export interface ChartLayout {
  type: ChartType;
  series: Dimension;
  category: Dimension;
  title?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Favourites and dashboards

export const FAVOURITE_KINDS = ['pivot', 'chart'] as const;
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number];

/** Who else may open a favourite or a dashboard: named users, whole roles. The owner always may. */
export interface Sharing {
  users: string[];
  roles: Role[];
}

/** POST /api/analytics/favourites and PUT /api/analytics/favourites/:id body. */
export interface FavouriteInput {
  name: string;
  kind: FavouriteKind;
  query: AnalyticsQuery;
  /** A pivot's layout or a chart's layout, by kind. */
  layout: PivotLayout | ChartLayout;
  sharing: Sharing;
}

export interface FavouriteView extends FavouriteInput {
  id: number;
  owner: { username: string; displayName: string };
  /** Whether the caller may change or delete it (its owner, or an admin). */
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FavouriteListView {
  items: FavouriteView[];
}

/**
 * A dashboard item: a saved favourite, or one of the built-in cards (the home page's lists, the leader's key
 * figures). Items are laid in a grid of 12 columns; `width` is 4, 6 or 12.
 */
export const DASHBOARD_WIDGETS = [
  'keyFigures', 'completeness', 'alerts', 'overdueTasks', 'reportsAwaiting', 'myForms', 'todo',
  /** A line chart of the caller's own unit over the last 12 months (`core/dashboards`' UNIT_TREND). */
  'unitTrend',
] as const;
export type DashboardWidget = (typeof DASHBOARD_WIDGETS)[number];

export type DashboardItem =
  | { kind: 'favourite'; favouriteId: number; width: 4 | 6 | 12 }
  | { kind: 'widget'; widget: DashboardWidget; width: 4 | 6 | 12 };

/** POST /api/dashboards and PUT /api/dashboards/:id body. */
export interface DashboardInput {
  name: string;
  items: DashboardItem[];
  sharing: Sharing;
}

export interface DashboardView extends DashboardInput {
  /** null for a role's built-in default, which is not stored. */
  id: number | null;
  owner: { username: string; displayName: string } | null;
  editable: boolean;
  /** The favourites its items name, that the caller may open (an item whose favourite is not shared is left out). */
  favourites: FavouriteView[];
}

/** GET /api/dashboards: the caller's role default first, then own and shared dashboards; `home` is the one shown on the home page. */
export interface DashboardListView {
  items: DashboardView[];
  home: number | null;
}

/** PUT /api/dashboards/home body and answer: the dashboard shown on the home page; null for the role's default. */
export interface HomeDashboardInput {
  id: number | null;
}

export const MAX_DASHBOARD_ITEMS = 24;
