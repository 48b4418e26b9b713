/** Data quality: min–max bounds from history, judging a value at entry, the outlier analysis, reporting history. */
export * from './bounds.ts';
export * from './judge-value.ts';
export * from './outliers.ts';
export * from './reporting-history.ts';
export * from './robust-stats.ts';
