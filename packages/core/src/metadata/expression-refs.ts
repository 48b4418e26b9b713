/** The data-element references an expression reads, for integrity checks and for fetching values. */
import { tokenizeExpression } from './expression-tokens.ts';

export interface ExpressionRef {
  element: string;
  /** Option-combo code after the dot (`#{KCB_BED_DAYS.TINH}`); absent means the total over all options. */
  option?: string;
  /** Set when the reference reads another period (`.periodOffset(-1)` = the previous one). */
  periodOffset?: number;
}

/** References in order of appearance (repeats kept); throws `ExpressionSyntaxError` on a malformed expression. */
export function expressionRefs(expr: string): ExpressionRef[] {
  const refs: ExpressionRef[] = [];
  for (const t of tokenizeExpression(expr)) {
    if (t.kind !== 'ref') continue;
    const ref: ExpressionRef = { element: t.element };
    if (t.option !== undefined) ref.option = t.option;
    if (t.periodOffset !== undefined) ref.periodOffset = t.periodOffset;
    refs.push(ref);
  }
  return refs;
}
