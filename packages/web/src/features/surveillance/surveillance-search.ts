/** The surveillance page's address: `?disease=SXHD&unit=615`. */
export interface SurveillanceSearch {
  disease?: string;
  unit?: string;
}

/** The list pages' address: `?status=NEW&disease=SXHD&page=2`. */
export interface SurveillanceListSearch {
  status?: string;
  disease?: string;
  page?: number;
}

const CODE = /^[A-Za-z0-9_]{1,50}$/;

/** validateSearch of the surveillance page: codes only. */
export function validateSurveillanceSearch(search: Record<string, unknown>): SurveillanceSearch {
  const result: SurveillanceSearch = {};
  if (typeof search.disease === 'string' && CODE.test(search.disease)) result.disease = search.disease;
  if (typeof search.unit === 'string' && CODE.test(search.unit)) result.unit = search.unit;
  return result;
}

/** validateSearch of the alert and outbreak lists: an upper-case status, a disease code, a page from 1. */
export function validateListSearch(search: Record<string, unknown>): SurveillanceListSearch {
  const result: SurveillanceListSearch = {};
  if (typeof search.status === 'string' && /^[A-Z]{1,20}$/.test(search.status)) result.status = search.status;
  if (typeof search.disease === 'string' && CODE.test(search.disease)) result.disease = search.disease;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1 && page <= 10_000) result.page = page;
  return result;
}

/** The disease shown when none is asked: dengue, the one every district watches weekly. */
export const DEFAULT_DISEASE = 'SXHD';
