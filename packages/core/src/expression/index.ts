/** Indicator and validation-rule expressions: parse once, list what they read, evaluate against any lookup. */
export type { ArithmeticOperator, ExpressionAst, ExpressionRef } from './ast.ts';
export { ExpressionParseError, type ExpressionErrorCode } from './errors.ts';
export { parseExpression } from './parse.ts';
export { formatRef, referencesOf } from './references.ts';
export { formatExpression } from './format.ts';
export { evaluate, evaluateMissingAsZero, withMissingAsZero, type ExpressionLookup } from './evaluate.ts';
export { RELATIVE_TOLERANCE, nearlyEqual } from './tolerance.ts';
