/** Reporting requests (yêu cầu báo cáo): submission timeliness, counts and labels. */
export * from './labels.ts';
export * from './submission-status.ts';
export type * from './summary.ts';
