/** Which period types each element is collected in, from the data sets holding it. */
import type { DataSet, PeriodType } from './types.ts';

/**
 * For each element held by a data set, the distinct period types of those data sets (`SXHD_CASES` → Monthly and
 * Weekly once BTN_TUAN holds it). Aggregation reads it to count each value once across period types.
 */
export function sourcePeriodTypesByElement(dataSets: readonly Pick<DataSet, 'periodType' | 'sections'>[]): Map<string, PeriodType[]> {
  const out = new Map<string, PeriodType[]>();
  for (const dataSet of dataSets) {
    for (const section of dataSet.sections) {
      for (const element of section.dataElements) {
        const types = out.get(element) ?? [];
        if (!types.includes(dataSet.periodType)) types.push(dataSet.periodType);
        out.set(element, types);
      }
    }
  }
  return out;
}
