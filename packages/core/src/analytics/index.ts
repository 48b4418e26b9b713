/** The analytics engine's pure half: periods, org-unit items, merger history and the cells of a table. */
export { AnalyticsQueryError, type AnalyticsErrorCode } from './errors.ts';
export { isRelativePeriod, resolveRelativePeriod } from './relative-periods.ts';
export { resolvePeriods } from './periods.ts';
export { areDisjoint, parseOuItem, resolveOrgUnits, type OuItem, type ResolvedUnit } from './org-unit-items.ts';
export { disjointPaths, historyIndex, historyRoots } from './history.ts';
export { indicatorValue, seriesValue, type IndicatorDef, type SeriesRows } from './cell-value.ts';
export { seriesByUnit, type GroupedRow, type SeriesDef } from './series.ts';
export { computeCells, type CellItem } from './cells.ts';
export { periodName } from './period-name.ts';
