/**
 * DHIS2 expressions name data elements and option combos by UID (`#{fbfJHSPpUQD.PT59n8BQbqM}`); SYT's by code
 * (`#{ANC_1.FIXED}`). Both directions swap the identifiers and leave the arithmetic as it is.
 */

const REF = /#\{([^}]*)\}/g;
/** DHIS2 operands SYT has no counterpart for: constants, indicators, reporting rates, program data, org unit groups. */
const OTHER_OPERAND = /\b(C|I|R|D|A|V|N|OUG|PS_EVENTDATE)\{[^}]*\}/;

export type ExpressionIssue = { kind: 'unknownId'; id: string } | { kind: 'unsupported'; part: string };

/** How the identifiers of a reference translate; undefined means unknown. */
export interface IdTranslation {
  element(id: string): string | undefined;
  optionCombo(elementId: string, optionComboId: string): string | undefined;
}

/** Translates every `#{a}` / `#{a.b}` of `expression`; the issues found are returned, not thrown. */
export function translateExpression(
  expression: string,
  ids: IdTranslation,
): { text: string; issues: ExpressionIssue[] } {
  const issues: ExpressionIssue[] = [];
  const other = OTHER_OPERAND.exec(expression);
  if (other) issues.push({ kind: 'unsupported', part: other[0] });
  const text = expression.replace(REF, (whole, inner: string) => {
    const [element, optionCombo, attribute, ...rest] = inner.split('.');
    if (attribute !== undefined || rest.length > 0 || element === undefined || element === '') {
      issues.push({ kind: 'unsupported', part: whole });
      return whole;
    }
    const elementCode = ids.element(element);
    if (elementCode === undefined) {
      issues.push({ kind: 'unknownId', id: element });
      return whole;
    }
    if (optionCombo === undefined || optionCombo === '*') return `#{${elementCode}}`;
    const optionCode = ids.optionCombo(element, optionCombo);
    if (optionCode === undefined) {
      issues.push({ kind: 'unknownId', id: optionCombo });
      return whole;
    }
    return `#{${elementCode}.${optionCode}}`;
  });
  return { text, issues };
}
