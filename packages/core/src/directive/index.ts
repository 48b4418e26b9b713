/** Directives (conference conclusions, plans, official letters) read into draft task groups. */
export { parseDirective } from './parse.ts';
export { guessField } from './field.ts';
