/** Built-in dashboards: each role's default and the key figures its cards query. */
export { KEY_FIGURES, keyFiguresQuery, UNIT_TREND_ITEMS, unitTrend, type KeyFigure } from './key-figures.ts';
export { ROLE_DEFAULTS, roleDefaultDashboard } from './role-defaults.ts';
