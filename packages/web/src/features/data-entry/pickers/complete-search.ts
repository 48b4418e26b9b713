import type { AvailableForm } from '../data-entry-types.ts';
import type { FormSearch } from '../entry-search.ts';
import { defaultPeriod, periodParts } from './period-options.ts';

/**
 * Fills what can be decided for the user: the only data set, the only org unit offered, and the
 * default period; drops an org unit the data set does not offer and a period of another type.
 */
export function completeSearch(forms: readonly AvailableForm[], search: FormSearch): FormSearch {
  const only = forms.length === 1 ? forms[0] : undefined;
  const form = forms.find((f) => f.dataSet.code === search.dataSet) ?? (search.dataSet ? undefined : only);
  if (!form) return search.dataSet ? search : {};
  const offered = form.orgUnits.some((unit) => unit.code === search.orgUnit);
  const orgUnit = offered ? search.orgUnit : form.orgUnits.length === 1 ? form.orgUnits[0]!.code : undefined;
  const type = form.dataSet.periodType;
  const period = periodParts(search.period, type) ? search.period : defaultPeriod(type);
  return { dataSet: form.dataSet.code, ...(orgUnit ? { orgUnit } : {}), period };
}

/** True when both searches name the same form parts. */
export function sameSearch(a: FormSearch, b: FormSearch): boolean {
  return a.dataSet === b.dataSet && a.orgUnit === b.orgUnit && a.period === b.period;
}
