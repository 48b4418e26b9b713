/** Directives (conference conclusions, plans, official letters) read into draft task groups. */
export { parseDirective } from './parse.ts';
export { guessField } from './field.ts';
export { readDeadline, type DeadlineContext, type ReadDeadline } from './deadline.ts';
export { unitMentions, type NamedUnit } from './units.ts';
