import type { FormKey } from './data-entry-types.ts';

/** The entry page's address: `/nhap-lieu?dataSet=BTN_THANG&orgUnit=615&period=202311`, each part optional. */
export type FormSearch = Partial<FormKey>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** validateSearch for the entry page: unknown or empty parts are dropped. */
export function validateFormSearch(search: Record<string, unknown>): FormSearch {
  const result: FormSearch = {};
  const dataSet = text(search.dataSet);
  const orgUnit = text(search.orgUnit);
  const period = text(search.period);
  if (dataSet) result.dataSet = dataSet;
  if (orgUnit) result.orgUnit = orgUnit;
  if (period) result.period = period;
  return result;
}

/** The form named by the address, once all three parts are there. */
export function formKeyOf(search: FormSearch): FormKey | null {
  const { dataSet, orgUnit, period } = search;
  return dataSet && orgUnit && period ? { dataSet, orgUnit, period } : null;
}
