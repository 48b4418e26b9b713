/** A piece of a sentence with the figures it states, so clauses can be left out and joined freely. */
import type { FigureRef } from '../../model.ts';

export interface Clause {
  text: string;
  figures: FigureRef[];
}

/** The clauses' texts joined with `separator` and all their figures. */
export function joinClauses(clauses: readonly Clause[], separator: string): Clause {
  return { text: clauses.map((c) => c.text).join(separator), figures: clauses.flatMap((c) => c.figures) };
}
