/**
 * Recursive-descent parser over the metadata tokenizer's tokens. Grammar, loosest binding first:
 *   sum     = product (("+" | "-") product)*
 *   product = unary (("*" | "/") unary)*
 *   unary   = "-" unary | primary
 *   primary = number | reference | "[days]" | "(" sum ")"
 * Operators of one level associate to the left: `a - b - c` is `(a - b) - c`.
 */
import { ExpressionSyntaxError, lexExpression, type ExpressionToken } from '../metadata/expression-tokens.ts';
import type { ArithmeticOperator, ExpressionAst, ExpressionRef } from './ast.ts';
import { expressionError, type ExpressionErrorCode } from './errors.ts';

/** Parses an expression; throws `ExpressionParseError` (Vietnamese message, 0-based `at`) on bad syntax. */
export function parseExpression(expr: string): ExpressionAst {
  const tokens = lex(expr);
  if (tokens.length === 0) throw expressionError('EMPTY_EXPRESSION', expr, expr.length);
  const parser = new Parser(tokens, expr);
  const ast = parser.sum();
  parser.expectEnd();
  return ast;
}

function lex(expr: string): ExpressionToken[] {
  try {
    return lexExpression(expr);
  } catch (error) {
    // The lexer only rejects characters it does not know; say so in Vietnamese.
    if (error instanceof ExpressionSyntaxError) throw expressionError('UNEXPECTED_CHARACTER', expr, error.at);
    throw error;
  }
}

class Parser {
  private next = 0;

  constructor(
    private readonly tokens: readonly ExpressionToken[],
    private readonly expr: string,
  ) {}

  sum(): ExpressionAst {
    return this.leftAssociative(['+', '-'], () => this.product());
  }

  expectEnd(): void {
    const token = this.peek();
    if (!token) return;
    this.fail(token.kind === 'paren' && token.value === ')' ? 'UNEXPECTED_CLOSING_PAREN' : 'MISSING_OPERATOR');
  }

  private product(): ExpressionAst {
    return this.leftAssociative(['*', '/'], () => this.unary());
  }

  private leftAssociative(operators: readonly ArithmeticOperator[], operand: () => ExpressionAst): ExpressionAst {
    let left = operand();
    for (let t = this.peek(); t?.kind === 'operator' && operators.includes(t.value); t = this.peek()) {
      this.next++;
      left = { kind: 'binary', operator: t.value, left, right: operand() };
    }
    return left;
  }

  private unary(): ExpressionAst {
    const token = this.peek();
    if (token?.kind !== 'operator' || token.value !== '-') return this.primary();
    this.next++;
    return { kind: 'negate', operand: this.unary() };
  }

  private primary(): ExpressionAst {
    const token = this.peek();
    if (!token || token.kind === 'operator' || (token.kind === 'paren' && token.value === ')')) {
      return this.fail('MISSING_OPERAND');
    }
    this.next++;
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind === 'days') return { kind: 'days' };
    if (token.kind === 'ref') return { kind: 'ref', ref: refOf(token) };
    const inner = this.sum();
    const close = this.peek();
    if (!close) return this.fail('UNCLOSED_PAREN');
    // `sum` stops only before ")" or before an operand that lacks an operator in front of it.
    if (close.kind !== 'paren' || close.value !== ')') return this.fail('MISSING_OPERATOR');
    this.next++;
    return inner;
  }

  private peek(): ExpressionToken | undefined {
    return this.tokens[this.next];
  }

  private fail(code: ExpressionErrorCode): never {
    throw expressionError(code, this.expr, this.peek()?.at ?? this.expr.length);
  }
}

function refOf(token: Extract<ExpressionToken, { kind: 'ref' }>): ExpressionRef {
  const ref: ExpressionRef = { element: token.element };
  if (token.option !== undefined) ref.option = token.option;
  if (token.periodOffset !== undefined) ref.periodOffset = token.periodOffset;
  return ref;
}
