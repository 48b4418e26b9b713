/** A pivot layout checked against its table: every dimension placed once, a filter dimension holding one item. */
import { DIMENSIONS, type AnalyticsTable, type Dimension, type PivotLayout } from '../api/analytics.ts';
import { pivotWords } from '../vi/pivot-words.ts';
import { PivotLayoutError } from './pivot-types.ts';

const e = pivotWords.errors;

/** The dimensions on neither axis; throws `PivotLayoutError` naming the layout field at fault. */
export function filterDimensions(table: AnalyticsTable, layout: Pick<PivotLayout, 'rows' | 'columns'>): Dimension[] {
  const seen = new Set<Dimension>();
  for (const [field, dims] of [
    ['layout.rows', layout.rows],
    ['layout.columns', layout.columns],
  ] as const) {
    for (const d of dims) {
      if (seen.has(d)) throw new PivotLayoutError(field, e.dimensionTwice(d));
      seen.add(d);
    }
  }
  const filters = DIMENSIONS.filter((d) => !seen.has(d));
  for (const d of filters) {
    const count = table.items[d].length;
    if (count !== 1) throw new PivotLayoutError('layout.rows', e.filterNeedsOne(d, count));
  }
  return filters;
}
