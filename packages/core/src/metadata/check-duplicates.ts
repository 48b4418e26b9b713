/** Duplicate codes, per kind of object. */
import { messages, type Kind } from './messages.ts';
import { problem, type PackageProblem } from './package-problem.ts';
import type { MetadataPackage } from './types.ts';

interface Coded {
  path: string;
  code: string;
}

/** One problem per repeated code, at each repeat after the first. */
export function duplicateProblems(kind: Kind, items: Coded[]): PackageProblem[] {
  const seen = new Set<string>();
  const problems: PackageProblem[] = [];
  for (const { path, code } of items) {
    if (seen.has(code)) problems.push(problem(path, messages.duplicate(kind, code)));
    seen.add(code);
  }
  return problems;
}

const at =
  (list: string) =>
  (item: { code: string }, i: number): Coded => ({ path: `${list}[${i}].code`, code: item.code });

/**
 * Codes must be unique per kind across the package. Options and sections are unique package-wide
 * too: an option code alone names a cell in data exchange, and a section code names a form part.
 */
export function checkDuplicates(pkg: MetadataPackage): PackageProblem[] {
  const options = pkg.categories.flatMap((c, i) =>
    c.options.map((o, j) => ({ path: `categories[${i}].options[${j}].code`, code: o.code })),
  );
  const sections = pkg.dataSets.flatMap((d, i) =>
    d.sections.map((s, j) => ({ path: `dataSets[${i}].sections[${j}].code`, code: s.code })),
  );
  return [
    ...duplicateProblems('category', pkg.categories.map(at('categories'))),
    ...duplicateProblems('option', options),
    ...duplicateProblems('categoryCombo', pkg.categoryCombos.map(at('categoryCombos'))),
    ...duplicateProblems('dataElement', pkg.dataElements.map(at('dataElements'))),
    ...duplicateProblems('dataSet', pkg.dataSets.map(at('dataSets'))),
    ...duplicateProblems('section', sections),
    ...duplicateProblems('indicator', pkg.indicators.map(at('indicators'))),
    ...duplicateProblems('validationRule', pkg.validationRules.map(at('validationRules'))),
    ...duplicateProblems('disease', pkg.diseases.map(at('diseases'))),
  ];
}
