/** Printing a syntax tree back as expression text, with only the parentheses the grammar needs. */
import type { ExpressionAst } from './ast.ts';
import { formatRef } from './references.ts';

// Binding strength: sums 1, products 2, unary minus 3, operands 4.
function strength(ast: ExpressionAst): number {
  if (ast.kind === 'binary') return ast.operator === '+' || ast.operator === '-' ? 1 : 2;
  return ast.kind === 'negate' ? 3 : 4;
}

function wrap(ast: ExpressionAst, needsParens: boolean): string {
  const text = formatExpression(ast);
  return needsParens ? `(${text})` : text;
}

/** Expression text that `parseExpression` reads back as the same tree (`a - (b - c)` keeps its parentheses). */
export function formatExpression(ast: ExpressionAst): string {
  switch (ast.kind) {
    case 'number':
      return String(ast.value);
    case 'days':
      return '[days]';
    case 'ref':
      return formatRef(ast.ref);
    case 'negate':
      return `-${wrap(ast.operand, strength(ast.operand) < 3)}`;
    case 'binary': {
      const own = strength(ast);
      // Operators associate to the left, so an equally strong right operand needs parentheses.
      const left = wrap(ast.left, strength(ast.left) < own);
      const right = wrap(ast.right, strength(ast.right) <= own);
      return `${left} ${ast.operator} ${right}`;
    }
  }
}
