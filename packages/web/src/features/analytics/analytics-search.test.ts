import type { FavouriteView } from '@syt/core/api/analytics.ts';
import { describe, expect, it } from 'vitest';
import { defaultChart, fitLayout, searchFromState, stateFromFavourite, stateFromSearch, validateAnalyticsSearch } from './analytics-search.ts';

const owner = { username: 'chuyenvien', displayName: 'Chuyên viên' };
const favourite = (kind: 'pivot' | 'chart', layout: FavouriteView['layout']): FavouriteView => ({
  id: 7,
  name: 'Sốt xuất huyết',
  kind,
  query: { dx: ['SXHD_CASES'], ou: ['LEVEL-2'], pe: ['LAST_12_MONTHS'] },
  layout,
  sharing: { users: [], roles: ['leader'] },
  owner,
  editable: true,
  createdAt: '2024-01-03T00:00:00Z',
  updatedAt: '2024-01-03T00:00:00Z',
});

describe('the analytics address', () => {
  it('reads the example link of the page into a query and layouts', () => {
    const state = stateFromSearch(
      validateAnalyticsSearch({ dx: 'SXHD_CASES', ou: 'USER_ORGUNIT;LEVEL-2', pe: '2019;2020', rows: 'ou', columns: 'pe', view: 'chart', chart: 'line' }),
    );
    expect(state.query).toEqual({ dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT', 'LEVEL-2'], pe: ['2019', '2020'] });
    expect(state.pivot.rows).toEqual(['ou']);
    expect(state.pivot.columns).toEqual(['pe']);
    expect(state.view).toBe('chart');
    expect(state.chart).toEqual({ type: 'line', series: 'ou', category: 'pe' });
    expect(state.favouriteId).toBeNull();
  });

  it('writes a state that reads back to the same state', () => {
    const state = stateFromSearch({
      dx: 'A;B',
      ou: '62',
      pe: '202301;202302',
      rows: 'dx,ou',
      columns: 'pe',
      totals: 'columns',
      sub: '1',
      hide: 'columns',
      sort: 'TOTAL:asc',
      view: 'chart',
      chart: 'stackedColumn',
      series: 'dx',
      category: 'pe',
      fav: '12',
    });
    expect(stateFromSearch(searchFromState(state))).toEqual(state);
    expect(state.pivot).toMatchObject({ subtotals: true, hideEmptyRows: false, hideEmptyColumns: true, sort: { column: 'TOTAL', direction: 'asc' } });
    expect(state.pivot.totals).toEqual({ rows: false, columns: true });
  });

  it('ignores what it does not know, repeats, and a dimension placed twice', () => {
    const state = stateFromSearch(validateAnalyticsSearch({ dx: 'A;A;;B', rows: 'ou,xx', columns: 'ou,pe', chart: 'pie', fav: 'abc', other: 'x' }));
    expect(state.query.dx).toEqual(['A', 'B']);
    expect(state.pivot.rows).toEqual(['ou']);
    expect(state.pivot.columns).toEqual(['pe']);
    expect(state.chart.type).toBe('line');
    expect(state.favouriteId).toBeNull();
  });

  it('opens a favourite with its own kind: a chart keeps its layout, a pivot gets a chart drawn from its axes', () => {
    const chart = stateFromFavourite(favourite('chart', { type: 'yearOverYear', series: 'pe', category: 'ou' }));
    expect(chart.view).toBe('chart');
    expect(chart.chart.type).toBe('yearOverYear');
    expect(chart.pivot.rows).toEqual(['pe']);
    expect(chart.favouriteId).toBe(7);
    const pivotLayout = stateFromSearch({ rows: 'dx', columns: 'ou' }).pivot;
    const pivot = stateFromFavourite(favourite('pivot', pivotLayout));
    expect(pivot.view).toBe('table');
    expect(pivot.chart).toEqual(defaultChart(pivotLayout));
    expect(pivot.chart).toMatchObject({ series: 'dx', category: 'ou' });
  });

  it('never draws a chart with the same dimension as series and axis', () => {
    const layout = stateFromSearch({ rows: 'pe', columns: '' }).pivot;
    const chart = defaultChart(layout, 'column', 'pe', 'pe');
    expect(chart.series).toBe('pe');
    expect(chart.category).not.toBe('pe');
  });

  it('moves a filter dimension that now holds several items to the rows, and leaves one that holds one', () => {
    const pivot = stateFromSearch({}).pivot;
    expect(fitLayout(pivot, { dx: ['A'], ou: ['62'], pe: ['2023'] })).toBe(pivot);
    expect(fitLayout(pivot, { dx: ['A', 'B'], ou: ['62'], pe: ['2023'] }).rows).toEqual(['ou', 'dx']);
    const byUnit = stateFromSearch({ rows: 'dx', columns: 'pe' }).pivot;
    expect(fitLayout(byUnit, { dx: ['A'], ou: ['LEVEL-2'], pe: ['2023'] }).rows).toEqual(['dx', 'ou']);
    expect(fitLayout(byUnit, { dx: ['A'], ou: ['USER_ORGUNIT'], pe: ['2023'] })).toBe(byUnit);
    const byPeriod = stateFromSearch({ rows: 'ou', columns: 'dx' }).pivot;
    expect(fitLayout(byPeriod, { dx: ['A'], ou: ['62'], pe: ['LAST_12_MONTHS'] }).rows).toEqual(['ou', 'pe']);
    expect(fitLayout(byPeriod, { dx: ['A'], ou: ['62'], pe: ['THIS_MONTH'] })).toBe(byPeriod);
  });
});
