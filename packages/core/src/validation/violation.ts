/** What a failed validation rule reports. */
import type { ExpressionRef } from '../expression/index.ts';
import type { Importance, Operator } from '../metadata/types.ts';

/** One stored value a rule read, as the UI shows it; `value` is null when nothing was entered. */
export interface InvolvedValue extends ExpressionRef {
  value: number | null;
}

/** A rule that failed for one org unit and one period. */
export interface Violation {
  /** Code of the rule. */
  rule: string;
  importance: Importance;
  /** The rule's Vietnamese message, shown as is. */
  message: string;
  operator: Operator;
  /** Left side as compared (missing values counted as 0 where the strategy allowed the rule to run). */
  left: number;
  right: number;
  /** Every distinct reference of both sides, left first, in order of appearance. */
  values: InvolvedValue[];
}

/** True when any violation is HIGH, the importance that blocks completing a form. */
export function hasBlockingViolation(violations: readonly Violation[]): boolean {
  return violations.some((v) => v.importance === 'HIGH');
}
