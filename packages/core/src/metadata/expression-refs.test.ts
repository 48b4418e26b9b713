import { describe, expect, it } from 'vitest';
import { expressionRefs } from './expression-refs.ts';
import { ExpressionSyntaxError, tokenizeExpression } from './expression-tokens.ts';

describe('expressionRefs', () => {
  it('reads plain and option references', () => {
    expect(expressionRefs('#{KCB_BED_DAYS.TINH} / (#{KCB_BEDS_PLAN.TINH} * [days]) * 100')).toEqual([
      { element: 'KCB_BED_DAYS', option: 'TINH' },
      { element: 'KCB_BEDS_PLAN', option: 'TINH' },
    ]);
    expect(expressionRefs('#{HIV_REG_TOTAL} - #{HIV_REG_DEATHS}')).toEqual([
      { element: 'HIV_REG_TOTAL' },
      { element: 'HIV_REG_DEATHS' },
    ]);
  });

  it('reads period offsets', () => {
    expect(expressionRefs('#{HIV_REG_TOTAL}.periodOffset(-1)')).toEqual([
      { element: 'HIV_REG_TOTAL', periodOffset: -1 },
    ]);
    expect(expressionRefs('#{A.B}.periodOffset( 2 ) + #{A}')).toEqual([
      { element: 'A', option: 'B', periodOffset: 2 },
      { element: 'A' },
    ]);
  });

  it('accepts numbers, unary minus and parentheses without references', () => {
    expect(expressionRefs('-(1.5 + 2) * [days]')).toEqual([]);
  });

  it.each([
    ['#{A} +', 6],
    ['#{A} #{B}', 5],
    ['(#{A}', 5],
    ['#{A})', 4],
    ['#{A} % 2', 5],
    ['#{A.}', 0],
    ['', 0],
    ['* 2', 0],
  ])('rejects %j at %i', (expr, at) => {
    expect(() => tokenizeExpression(expr)).toThrow(ExpressionSyntaxError);
    try {
      tokenizeExpression(expr);
    } catch (error) {
      expect((error as ExpressionSyntaxError).at).toBe(at);
    }
  });
});
