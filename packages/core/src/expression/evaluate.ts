/** Evaluating a parsed expression against values supplied by the caller. */
import type { ArithmeticOperator, ExpressionAst, ExpressionRef } from './ast.ts';
import { formatRef, referencesOf } from './references.ts';

/** What an expression reads: the value of each reference, and `[days]`. */
export interface ExpressionLookup {
  /** The value of a reference, or null when nothing is stored (missing). */
  value(ref: ExpressionRef): number | null;
  /** Days of the period or range the expression is evaluated for: the value of `[days]`. */
  readonly days: number;
}

/**
 * The value of the expression, or null when any reference it reads is missing, a division is by zero,
 * or the result is not a finite number. Missing stays missing: see `evaluateMissingAsZero` for the indicator rule.
 */
export function evaluate(ast: ExpressionAst, lookup: ExpressionLookup): number | null {
  switch (ast.kind) {
    case 'number':
      return ast.value;
    case 'days':
      return finiteOrNull(lookup.days);
    case 'ref':
      return finiteOrNull(lookup.value(ast.ref));
    case 'negate': {
      const value = evaluate(ast.operand, lookup);
      return value === null ? null : 0 - value; // `0 - x`, unlike `-x`, never yields -0
    }
    case 'binary':
      return apply(ast.operator, evaluate(ast.left, lookup), evaluate(ast.right, lookup));
  }
}

function apply(operator: ArithmeticOperator, left: number | null, right: number | null): number | null {
  if (left === null || right === null) return null;
  switch (operator) {
    case '+':
      return finiteOrNull(left + right);
    case '-':
      return finiteOrNull(left - right);
    case '*':
      return finiteOrNull(left * right);
    case '/':
      return right === 0 ? null : finiteOrNull(left / right);
  }
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/** The same lookup with every missing value read as 0. */
export function withMissingAsZero(lookup: ExpressionLookup): ExpressionLookup {
  return { days: lookup.days, value: (ref) => lookup.value(ref) ?? 0 };
}

/**
 * DHIS2's default for indicators: a missing reference counts as 0, unless every reference is missing,
 * in which case the result is null (nothing was reported, so there is nothing to show). An expression
 * without references (`100 * [days]`) is evaluated as is. Division by zero is still null.
 * Each distinct reference is looked up once.
 */
export function evaluateMissingAsZero(ast: ExpressionAst, lookup: ExpressionLookup): number | null {
  const refs = referencesOf(ast);
  const values = new Map(refs.map((ref) => [formatRef(ref), finiteOrNull(lookup.value(ref))]));
  if (refs.length > 0 && [...values.values()].every((v) => v === null)) return null;
  return evaluate(ast, { days: lookup.days, value: (ref) => values.get(formatRef(ref)) ?? 0 });
}
