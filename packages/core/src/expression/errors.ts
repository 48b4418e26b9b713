/** The parse error of expressions, with its stable codes and Vietnamese wording (the one place for both). */
import { ExpressionSyntaxError } from '../metadata/expression-tokens.ts';

/** Stable codes for everything `parseExpression` can reject. */
export type ExpressionErrorCode =
  | 'EMPTY_EXPRESSION'
  | 'UNEXPECTED_CHARACTER'
  | 'MISSING_OPERAND'
  | 'MISSING_OPERATOR'
  | 'UNEXPECTED_CLOSING_PAREN'
  | 'UNCLOSED_PAREN';

/**
 * A malformed expression: `code` is stable, `message` is Vietnamese and shown as is, `at` is the 0-based index
 * of the offending character (the text's length when the expression ends too early).
 * Extends the metadata tokenizer's error so existing `catch (e instanceof ExpressionSyntaxError)` sites see it.
 */
export class ExpressionParseError extends ExpressionSyntaxError {
  constructor(
    readonly code: ExpressionErrorCode,
    message: string,
    at: number,
  ) {
    super(message, at);
    this.name = 'ExpressionParseError';
  }
}

/** "at character 3" or "at the end", 1-based as users count. */
function where(at: number, length: number): string {
  return at >= length ? 'ở cuối biểu thức' : `ở ký tự thứ ${at + 1}`;
}

const WORDING: Record<ExpressionErrorCode, (found: string, place: string) => string> = {
  EMPTY_EXPRESSION: () => 'Biểu thức trống',
  UNEXPECTED_CHARACTER: (found, place) => `Ký tự "${found}" không hợp lệ ${place}`,
  MISSING_OPERAND: (_found, place) => `Thiếu toán hạng ${place}`,
  MISSING_OPERATOR: (_found, place) => `Thiếu phép toán ${place}`,
  UNEXPECTED_CLOSING_PAREN: (_found, place) => `Dấu ")" không có dấu "(" tương ứng ${place}`,
  UNCLOSED_PAREN: (_found, place) => `Thiếu dấu ")" ${place}`,
};

/** Builds the error for `code` at index `at` of `expr`, with its Vietnamese message. */
export function expressionError(code: ExpressionErrorCode, expr: string, at: number): ExpressionParseError {
  const found = expr.slice(at, at + 1);
  return new ExpressionParseError(code, WORDING[code](found, where(at, expr.length)), at);
}
