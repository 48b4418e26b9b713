import type { OutlierRequest } from './quality-api.ts';

export type QualityView = 'outliers' | 'rules' | 'history';

/** The quality page's address: `?view=rules&dataSet=BTN_THANG&orgUnit=62&from=202301&to=202312`; complete, it runs. */
export type QualitySearch = Partial<OutlierRequest> & { view?: QualityView };

const MONTH = /^\d{6}$/;

/** validateSearch for the quality page: codes kept as given, months only in YYYYMM form. */
export function validateQualitySearch(search: Record<string, unknown>): QualitySearch {
  const result: QualitySearch = {};
  if (search.view === 'outliers' || search.view === 'rules' || search.view === 'history') result.view = search.view;
  if (typeof search.dataSet === 'string' && search.dataSet) result.dataSet = search.dataSet;
  if (typeof search.orgUnit === 'string' && search.orgUnit) result.orgUnit = search.orgUnit;
  for (const key of ['from', 'to'] as const) {
    const value = search[key];
    if (typeof value === 'string' && MONTH.test(value)) result[key] = value;
  }
  return result;
}

/** The analysis a complete address asks for, or null. */
export function requestOf(search: QualitySearch): OutlierRequest | null {
  const { dataSet, orgUnit, from, to } = search;
  return dataSet && orgUnit && from && to ? { dataSet, orgUnit, from, to } : null;
}
