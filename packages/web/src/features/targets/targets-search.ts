/** The targets page's address: `/bao-cao/chi-tieu?org=62&year=2024`. */
export interface TargetsSearch {
  org?: string;
  year?: number;
}

export function validateTargetsSearch(search: Record<string, unknown>): TargetsSearch {
  const result: TargetsSearch = {};
  if (typeof search.org === 'string' && search.org.trim()) result.org = search.org.trim();
  const year = Number(search.year);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) result.year = year;
  return result;
}
