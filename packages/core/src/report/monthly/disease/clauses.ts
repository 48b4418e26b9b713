/**
 * Sentences assembled from clauses. Each clause cites the figures it states and may carry a footnote placed right
 * after its text, so the footnote offset follows the text however the clauses before it read.
 */
import type { FigureRef, Footnote, Sentence } from '../../model.ts';

export interface Clause {
  /** Empty for a clause that says nothing but whose figures decided the wording (comparisons left out). */
  text: string;
  figures: FigureRef[];
  /** A note placed right after this clause's text (a long district breakdown). */
  footnote?: string;
  /** What joins the clause to the one before it; `, ` unless told. */
  joiner?: string;
}

/** A clause citing its figures. */
export function clause(
  text: string,
  figures: FigureRef[] = [],
  extra: Pick<Clause, 'footnote' | 'joiner'> = {},
): Clause {
  return { text, figures, ...extra };
}

/** A clause citing figures without saying anything: they decided that something goes unsaid. */
export function silent(figures: FigureRef[]): Clause {
  return { text: '', figures };
}

/** The clauses joined into one sentence ending with a full stop (never a doubled one). */
export function sentenceOf(clauses: readonly Clause[]): Sentence {
  let text = '';
  const figures: FigureRef[] = [];
  const footnotes: Footnote[] = [];
  clauses.forEach((c) => {
    if (c.text !== '') text += (text === '' ? '' : (c.joiner ?? ', ')) + c.text;
    for (const f of c.figures) if (!figures.some((g) => sameFigure(f, g))) figures.push(f);
    if (c.footnote) footnotes.push({ at: text.length, text: c.footnote });
  });
  const closed = /[.!?]$/u.test(text) ? text : `${text}.`;
  return footnotes.length > 0 ? { text: closed, figures, footnotes } : { text: closed, figures };
}

// A figure stated twice (the month's count and its comparisons) is cited once.
const sameFigure = (a: FigureRef, b: FigureRef) => a.item === b.item && a.span === b.span && a.orgUnit === b.orgUnit;

/** The sentences as one bullet: `- {label}: ` (or `- `) before the first, its footnotes shifted along. */
export function asBullet(label: string | null, sentences: readonly Sentence[]): Sentence[] {
  if (sentences.length === 0) return [];
  const prefix = label ? `- ${label}: ` : '- ';
  const [first, ...rest] = sentences as [Sentence, ...Sentence[]];
  const shifted: Sentence = { ...first, text: prefix + first.text };
  if (first.footnotes) shifted.footnotes = first.footnotes.map((f) => ({ ...f, at: f.at + prefix.length }));
  return [shifted, ...rest];
}
