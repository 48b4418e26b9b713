/** Outbreak thresholds: pure functions of a count series (endemic channel, EARS C1–C3, Farrington, Noufaily). */
export * from './compute-threshold.ts';
export * from './ears.ts';
export * from './endemic-channel.ts';
export * from './farrington.ts';
export * from './farrington-flexible.ts';
export * from './farrington-flexible-options.ts';
export * from './types.ts';
