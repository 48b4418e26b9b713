/** Sentence-by-sentence comparison of generated text with a reference report, for the golden tests. */

/** A paragraph split into sentences: after `.` or `:` followed by a space and an upper-case letter or a dash. */
export function splitSentences(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/(?<=[.;])\s+(?=[\p{Lu}-])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface SentenceDiff {
  /** Expected sentences not found verbatim, each with the closest generated one. */
  missing: { expected: string; closest: string | null }[];
}

/** Each expected sentence must appear verbatim among the generated ones. */
export function compareSentences(expected: readonly string[], generated: readonly string[]): SentenceDiff {
  const actual = new Set(generated.map((s) => s.normalize('NFC')));
  const missing = expected
    .map((s) => s.normalize('NFC'))
    .filter((s) => !actual.has(s))
    .map((s) => ({ expected: s, closest: closest(s, generated) }));
  return { missing };
}

/** A readable report of the differences (printed by the golden tests). */
export function formatDiff(diff: SentenceDiff): string {
  return diff.missing
    .map((m) => `  expected: ${m.expected}\n  got:      ${m.closest ?? '(nothing similar)'}`)
    .join('\n\n');
}

function closest(target: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const words = new Set(target.split(/\s+/));
  for (const c of candidates) {
    const score = c.split(/\s+/).filter((w) => words.has(w)).length;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
