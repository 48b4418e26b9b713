/** Data quality: min–max bounds from history, judging a value at entry, and the outlier analysis. */
export * from './bounds.ts';
export * from './judge-value.ts';
export * from './outliers.ts';
export * from './robust-stats.ts';
