export * from './section-grid.ts';
