export * from './estimate.ts';
export * from './target.ts';
export * from './months-counted.ts';
