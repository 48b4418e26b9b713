/** The references an expression reads, and a canonical text for each. */
import type { ExpressionAst, ExpressionRef } from './ast.ts';

/**
 * A reference written back as expression text, `#{CODE.OPTION}.periodOffset(-1)`; an offset of 0 is left out.
 * Equal references give equal text, so it doubles as a map key.
 */
export function formatRef(ref: ExpressionRef): string {
  const option = ref.option === undefined ? '' : `.${ref.option}`;
  const offset = ref.periodOffset ? `.periodOffset(${ref.periodOffset})` : '';
  return `#{${ref.element}${option}}${offset}`;
}

/** Distinct references in order of first appearance (repeats, and `periodOffset(0)` next to none, counted once). */
export function referencesOf(ast: ExpressionAst): ExpressionRef[] {
  const found = new Map<string, ExpressionRef>();
  const visit = (node: ExpressionAst): void => {
    switch (node.kind) {
      case 'ref':
        if (!found.has(formatRef(node.ref))) found.set(formatRef(node.ref), node.ref);
        return;
      case 'negate':
        return visit(node.operand);
      case 'binary':
        visit(node.left);
        return visit(node.right);
      default:
        return;
    }
  };
  visit(ast);
  return [...found.values()];
}
