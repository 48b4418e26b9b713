/** Why an analytics query was refused, naming the dimension and the item: the server turns it into a 400. */
import type { Dimension } from '../api/analytics.ts';

export type AnalyticsErrorCode =
  | 'UNKNOWN_ITEM'
  | 'MIXED_PERIODS'
  | 'EMPTY_DIMENSION'
  | 'TOO_MANY_CELLS'
  | 'UNSUPPORTED_ITEM';

/** A query the engine cannot answer as written; `item` is the offending item as the query wrote it. */
export class AnalyticsQueryError extends Error {
  constructor(
    readonly code: AnalyticsErrorCode,
    readonly field: Dimension,
    readonly item: string,
  ) {
    super(`${code} in ${field}: ${item}`);
    this.name = 'AnalyticsQueryError';
  }
}
