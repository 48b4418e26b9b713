/** Print runs flattened to one string, as plain text needs them. */
import type { PrintRun } from '../layout.ts';

/** The runs' text with each footnote in parentheses where its marker would be. */
export function plainRuns(runs: PrintRun[]): string {
  return runs.map((run) => (run.footnote ? `${run.text.trimEnd()} (${run.footnote.trim()})` : run.text)).join('');
}
