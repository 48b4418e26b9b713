/** Validation rules: run a package's rules over one org unit and period, report what fails and why. */
export { runValidation, checkRule, type ValidationContext } from './run-validation.ts';
export { hasBlockingViolation, type InvolvedValue, type Violation } from './violation.ts';
export {
  optionCombosOfPackage,
  valueLookupFromDataValues,
  type DataValueScope,
  type ValueLookup,
} from './value-lookup.ts';
export { holds } from './compare.ts';
