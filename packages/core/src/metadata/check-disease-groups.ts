/** Disease group spans: each well ordered, none overlapping. */
import { messages } from './messages.ts';
import { problem, type PackageProblem } from './package-problem.ts';
import type { DiseaseGroupSpan, MetadataPackage } from './types.ts';

const MIN = '0000-01-01';
const MAX = '9999-12-31';
const start = (s: DiseaseGroupSpan) => s.validFrom ?? MIN;
const end = (s: DiseaseGroupSpan) => s.validTo ?? MAX;

/** Problems of one disease's spans, reported at `path` (the disease's `groups`). */
export function spanProblems(spans: DiseaseGroupSpan[], path: string): PackageProblem[] {
  const problems: PackageProblem[] = [];
  spans.forEach((s, i) => {
    if (start(s) > end(s)) problems.push(problem(`${path}[${i}]`, messages.spanReversed()));
  });
  const sorted = spans.filter((s) => start(s) <= end(s)).sort((a, b) => start(a).localeCompare(start(b)));
  for (let i = 1; i < sorted.length; i++) {
    if (start(sorted[i]!) <= end(sorted[i - 1]!)) {
      problems.push(problem(path, messages.spansOverlap()));
      break;
    }
  }
  return problems;
}

/** Checks the group spans of every disease. */
export function checkDiseaseGroups(pkg: MetadataPackage): PackageProblem[] {
  return pkg.diseases.flatMap((d, i) => spanProblems(d.groups, `diseases[${i}].groups`));
}
