/**
 * The validation rules engine for one org unit and one period.
 *
 * Missing values, per `missingValueStrategy`, counted over the distinct references of BOTH sides together
 * (DHIS2 keeps a strategy per side; our model has one per rule):
 * - SKIP_IF_ANY_VALUE_MISSING: skip the rule when any value is missing;
 * - SKIP_IF_ALL_VALUES_MISSING (the default): skip it when every value is missing;
 * - NEVER_SKIP: always run it.
 * A rule that runs reads a missing value as 0, so deaths entered without cases still fail `deaths <= cases`.
 * A side that cannot be computed (division by zero) cannot be compared, and the rule is skipped.
 */
import { evaluate, formatRef, parseExpression, referencesOf, type ExpressionRef } from '../expression/index.ts';
import type { MissingValueStrategy, ValidationRule } from '../metadata/types.ts';
import { holds } from './compare.ts';
import type { ValueLookup } from './value-lookup.ts';
import type { InvolvedValue, Violation } from './violation.ts';

/** What rules are checked against: one org unit's values around one period. */
export interface ValidationContext {
  readonly values: ValueLookup;
  /** Days of the period validated, the value of `[days]`. */
  readonly daysInPeriod: number;
}

/** The violations of `rules`, in rule order; throws `ExpressionParseError` on a malformed rule expression. */
export function runValidation(rules: readonly ValidationRule[], context: ValidationContext): Violation[] {
  return rules.flatMap((rule) => {
    const violation = checkRule(rule, context);
    return violation ? [violation] : [];
  });
}

/** The rule's violation, or null when it holds or is skipped. */
export function checkRule(rule: ValidationRule, context: ValidationContext): Violation | null {
  const left = parseExpression(rule.left);
  const right = parseExpression(rule.right);
  const involved = readValues([...referencesOf(left), ...referencesOf(right)], context.values);
  if (skips(rule.missingValueStrategy, involved)) return null;
  const byRef = new Map(involved.map((v) => [formatRef(v), v.value]));
  const lookup = { days: context.daysInPeriod, value: (ref: ExpressionRef) => byRef.get(formatRef(ref)) ?? 0 };
  const leftValue = evaluate(left, lookup);
  const rightValue = evaluate(right, lookup);
  if (leftValue === null || rightValue === null) return null;
  if (holds(leftValue, rule.operator, rightValue)) return null;
  return {
    rule: rule.code,
    importance: rule.importance,
    message: rule.message,
    operator: rule.operator,
    left: leftValue,
    right: rightValue,
    values: involved,
  };
}

/** Each distinct reference once, with its stored value. */
function readValues(refs: readonly ExpressionRef[], values: ValueLookup): InvolvedValue[] {
  const distinct = new Map(refs.map((ref) => [formatRef(ref), ref]));
  return [...distinct.values()].map((ref) => ({ ...ref, value: values.value(ref) }));
}

function skips(strategy: MissingValueStrategy, involved: readonly InvolvedValue[]): boolean {
  const missing = involved.filter((v) => v.value === null).length;
  switch (strategy) {
    case 'SKIP_IF_ANY_VALUE_MISSING':
      return missing > 0;
    case 'SKIP_IF_ALL_VALUES_MISSING':
      return involved.length > 0 && missing === involved.length;
    case 'NEVER_SKIP':
      return false;
  }
}
