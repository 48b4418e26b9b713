/** Test support: evaluates validation-rule sides over demo values at one org unit (with its subtree) and month. */
import { tokenizeExpression, type ExpressionToken } from '../../metadata/expression-tokens.ts';
import type { ValidationRule } from '../../metadata/types.ts';
import { daysInMonth, shiftMonth } from '../months.ts';

/** The value of `element` (one option, or all) summed over a unit's subtree in a month; undefined when nothing is stored. */
export type Lookup = (element: string, option: string | undefined, month: string) => number | undefined;

/** The outcome of a rule in one unit and month: `skipped` per its missing-value strategy. */
export type RuleOutcome = 'passed' | 'failed' | 'skipped';

/** Checks one rule, reading missing values as zero once the strategy lets the rule run. */
export function checkRule(rule: ValidationRule, lookup: Lookup, month: string): RuleOutcome {
  const left = evaluate(tokenizeExpression(rule.left), lookup, month);
  const right = evaluate(tokenizeExpression(rule.right), lookup, month);
  const present = [...left.present, ...right.present];
  if (rule.missingValueStrategy === 'SKIP_IF_ALL_VALUES_MISSING' && !present.some(Boolean)) return 'skipped';
  if (rule.missingValueStrategy === 'SKIP_IF_ANY_VALUE_MISSING' && !present.every(Boolean)) return 'skipped';
  const ok = {
    '==': left.value === right.value,
    '!=': left.value !== right.value,
    '<': left.value < right.value,
    '<=': left.value <= right.value,
    '>': left.value > right.value,
    '>=': left.value >= right.value,
  }[rule.operator];
  return ok ? 'passed' : 'failed';
}

interface Evaluation {
  value: number;
  present: boolean[];
}

/** Evaluates tokens with the usual precedence (unary minus, then * /, then + -). */
function evaluate(tokens: ExpressionToken[], lookup: Lookup, month: string): Evaluation {
  let i = 0;
  const present: boolean[] = [];
  const factor = (): number => {
    const t = tokens[i++]!;
    if (t.kind === 'number') return t.value;
    if (t.kind === 'days') return daysInMonth(month);
    if (t.kind === 'ref') {
      const v = lookup(t.element, t.option, shiftMonth(month, t.periodOffset ?? 0));
      present.push(v !== undefined);
      return v ?? 0;
    }
    if (t.kind === 'operator' && t.value === '-') return -factor();
    const inner = sum();
    i++; // closing parenthesis
    return inner;
  };
  const product = (): number => {
    let v = factor();
    for (let t = tokens[i]; t?.kind === 'operator' && (t.value === '*' || t.value === '/'); t = tokens[i]) {
      i++;
      v = t.value === '*' ? v * factor() : v / factor();
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    for (let t = tokens[i]; t?.kind === 'operator' && (t.value === '+' || t.value === '-'); t = tokens[i]) {
      i++;
      v = t.value === '+' ? v + product() : v - product();
    }
    return v;
  };
  return { value: sum(), present };
}
