import { describe, expect, it } from 'vitest';
import { ExpressionSyntaxError, lexExpression, tokenizeExpression } from '../metadata/expression-tokens.ts';
import type { ExpressionAst } from './ast.ts';
import { ExpressionParseError } from './errors.ts';
import { parseExpression } from './parse.ts';

const n = (value: number): ExpressionAst => ({ kind: 'number', value });
const ref = (element: string, extra: { option?: string; periodOffset?: number } = {}): ExpressionAst => ({
  kind: 'ref',
  ref: { element, ...extra },
});
const bin = (operator: '+' | '-' | '*' | '/', left: ExpressionAst, right: ExpressionAst): ExpressionAst => ({
  kind: 'binary',
  operator,
  left,
  right,
});

function parseFailure(expr: string): ExpressionParseError {
  try {
    parseExpression(expr);
  } catch (error) {
    if (error instanceof ExpressionParseError) return error;
    throw error;
  }
  throw new Error(`"${expr}" parsed`);
}

describe('parseExpression', () => {
  it('binds * and / tighter than + and -, left to right within a level', () => {
    expect(parseExpression('1 + 2 * 3')).toEqual(bin('+', n(1), bin('*', n(2), n(3))));
    expect(parseExpression('8 - 4 - 2')).toEqual(bin('-', bin('-', n(8), n(4)), n(2)));
    expect(parseExpression('8 / 4 / 2')).toEqual(bin('/', bin('/', n(8), n(4)), n(2)));
    expect(parseExpression('(1 + 2) * 3')).toEqual(bin('*', bin('+', n(1), n(2)), n(3)));
  });

  it('reads unary minus, nested and after an operator', () => {
    expect(parseExpression('-#{A}')).toEqual({ kind: 'negate', operand: ref('A') });
    expect(parseExpression('2 * -3')).toEqual(bin('*', n(2), { kind: 'negate', operand: n(3) }));
    expect(parseExpression('--1')).toEqual({ kind: 'negate', operand: { kind: 'negate', operand: n(1) } });
  });

  it('reads the bed-occupancy indicator with options, [days] and offsets', () => {
    expect(parseExpression('#{KCB_BED_DAYS.TINH} / (#{KCB_BEDS_PLAN.TINH} * [days]) * 100')).toEqual(
      bin(
        '*',
        bin(
          '/',
          ref('KCB_BED_DAYS', { option: 'TINH' }),
          bin('*', ref('KCB_BEDS_PLAN', { option: 'TINH' }), { kind: 'days' }),
        ),
        n(100),
      ),
    );
    expect(parseExpression('#{HIV_REG_TOTAL}.periodOffset(-1)')).toEqual(ref('HIV_REG_TOTAL', { periodOffset: -1 }));
  });

  it.each([
    ['', 'EMPTY_EXPRESSION', 0],
    ['   ', 'EMPTY_EXPRESSION', 3],
    ['#{A} % 2', 'UNEXPECTED_CHARACTER', 5],
    ['#{A.}', 'UNEXPECTED_CHARACTER', 0],
    ['#{A} +', 'MISSING_OPERAND', 6],
    ['* 2', 'MISSING_OPERAND', 0],
    ['+ 2', 'MISSING_OPERAND', 0],
    ['()', 'MISSING_OPERAND', 1],
    ['#{A} #{B}', 'MISSING_OPERATOR', 5],
    ['2 (3)', 'MISSING_OPERATOR', 2],
    ['(1 2)', 'MISSING_OPERATOR', 3],
    ['#{A})', 'UNEXPECTED_CLOSING_PAREN', 4],
    ['(#{A}', 'UNCLOSED_PAREN', 5],
    ['((1 + 2)', 'UNCLOSED_PAREN', 8],
  ])('rejects %j with %s at %i', (expr, code, at) => {
    const error = parseFailure(expr);
    expect(error.code).toBe(code);
    expect(error.at).toBe(at);
    expect(error).toBeInstanceOf(ExpressionSyntaxError);
  });

  it('words its errors in Vietnamese, counting characters from 1', () => {
    expect(parseFailure('#{A} % 2').message).toBe('Ký tự "%" không hợp lệ ở ký tự thứ 6');
    expect(parseFailure('#{A} +').message).toBe('Thiếu toán hạng ở cuối biểu thức');
    expect(parseFailure('#{A} #{B}').message).toBe('Thiếu phép toán ở ký tự thứ 6');
    expect(parseFailure('(#{A}').message).toBe('Thiếu dấu ")" ở cuối biểu thức');
    expect(parseFailure('1)').message).toBe('Dấu ")" không có dấu "(" tương ứng ở ký tự thứ 2');
    expect(parseFailure('').message).toBe('Biểu thức trống');
  });
});

describe('lexExpression', () => {
  it('splits text without checking the order of tokens', () => {
    expect(lexExpression('#{A} #{B}').map((t) => t.kind)).toEqual(['ref', 'ref']);
    expect(lexExpression(')(')).toHaveLength(2);
    expect(() => tokenizeExpression('#{A} #{B}')).toThrow(ExpressionSyntaxError);
  });

  it('rejects unknown characters at their index', () => {
    expect(() => lexExpression('1 ? 2')).toThrow(expect.objectContaining({ at: 2 }));
  });
});
