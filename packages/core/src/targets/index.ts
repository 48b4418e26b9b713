export * from './estimate.ts';
export * from './target.ts';
