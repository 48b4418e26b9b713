/** The syntax tree of an indicator or validation-rule expression. */
import type { ExpressionRef } from '../metadata/expression-refs.ts';

export type { ExpressionRef };

/** A binary arithmetic operator. */
export type ArithmeticOperator = '+' | '-' | '*' | '/';

/** One node of a parsed expression; plain data, safe to cache and to compare with `toEqual`. */
export type ExpressionAst =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'ref'; readonly ref: ExpressionRef }
  | { readonly kind: 'days' }
  | { readonly kind: 'negate'; readonly operand: ExpressionAst }
  | {
      readonly kind: 'binary';
      readonly operator: ArithmeticOperator;
      readonly left: ExpressionAst;
      readonly right: ExpressionAst;
    };
