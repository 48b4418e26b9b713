import type { AvailableForm } from '../data-entry/data-entry-types.ts';
import { defaultPeriod, periodParts } from '../data-entry/pickers/period-options.ts';

/** The completeness page's address: `?dataSet=BTN_THANG&period=202311`. */
export interface CompletenessSearch {
  dataSet?: string;
  period?: string;
}

/** validateSearch for the completeness page. */
export function validateCompletenessSearch(search: Record<string, unknown>): CompletenessSearch {
  const result: CompletenessSearch = {};
  if (typeof search.dataSet === 'string' && search.dataSet) result.dataSet = search.dataSet;
  if (typeof search.period === 'string' && search.period) result.period = search.period;
  return result;
}

/** Defaults: the first data set and the period before the current one; a period of another type is replaced. */
export function completeCompletenessSearch(
  forms: readonly AvailableForm[],
  search: CompletenessSearch,
): CompletenessSearch {
  const form = forms.find((f) => f.dataSet.code === search.dataSet) ?? (search.dataSet ? undefined : forms[0]);
  if (!form) return search;
  const type = form.dataSet.periodType;
  return { dataSet: form.dataSet.code, period: periodParts(search.period, type) ? search.period : defaultPeriod(type) };
}
