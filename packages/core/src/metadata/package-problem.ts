/** An integrity problem found in a metadata or org-unit package. */
export interface PackageProblem {
  /** Where the problem is, in the notation of zod issue paths: `dataElements[3].categoryCombo`. */
  path: string;
  /** Vietnamese, shown to the administrator as is. */
  message: string;
}

/** Builds a problem; a small helper so checks read as one line each. */
export function problem(path: string, message: string): PackageProblem {
  return { path, message };
}
