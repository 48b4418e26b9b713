import type { OutlierRequest } from './outliers-api.ts';

/** The outlier page's address: `?dataSet=BTN_THANG&orgUnit=62&from=202301&to=202312`; complete, it runs the analysis. */
export type OutliersSearch = Partial<OutlierRequest>;

const MONTH = /^\d{6}$/;

/** validateSearch for the outlier page: codes kept as given, months only in YYYYMM form. */
export function validateOutliersSearch(search: Record<string, unknown>): OutliersSearch {
  const result: OutliersSearch = {};
  if (typeof search.dataSet === 'string' && search.dataSet) result.dataSet = search.dataSet;
  if (typeof search.orgUnit === 'string' && search.orgUnit) result.orgUnit = search.orgUnit;
  for (const key of ['from', 'to'] as const) {
    const value = search[key];
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text === 'string' && MONTH.test(text)) result[key] = text;
  }
  return result;
}

/** The request a complete address asks for, or null. */
export function requestOf(search: OutliersSearch): OutlierRequest | null {
  const { dataSet, orgUnit, from, to } = search;
  return dataSet && orgUnit && from && to ? { dataSet, orgUnit, from, to } : null;
}
