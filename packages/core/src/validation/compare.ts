/** The comparison operators of validation rules, tolerant of floating-point error. */
import { nearlyEqual } from '../expression/index.ts';
import type { Operator } from '../metadata/types.ts';

/** Whether `left operator right` holds; values within `nearlyEqual` of each other count as equal. */
export function holds(left: number, operator: Operator, right: number): boolean {
  const equal = nearlyEqual(left, right);
  switch (operator) {
    case '==':
      return equal;
    case '!=':
      return !equal;
    case '<':
      return !equal && left < right;
    case '<=':
      return equal || left < right;
    case '>':
      return !equal && left > right;
    case '>=':
      return equal || left > right;
  }
}
