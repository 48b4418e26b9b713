export * from './completeness.ts';
export * from './entry-window.ts';
export * from './form-status.ts';
export * from './messages.ts';
