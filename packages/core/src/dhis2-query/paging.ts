import type { Dhis2Pager } from '../api/dhis2.ts';

/** DHIS2's default page size, and the most SYT gives in one page. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

/**
 * One page of `items` and DHIS2's pager block; `pageUrl(n)` builds the address of page n for nextPage/prevPage.
 * A page past the end is empty, as in DHIS2.
 */
export function paginate<T>(items: readonly T[], page: number, pageSize: number, pageUrl: (page: number) => string): { pager: Dhis2Pager; items: T[] } {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const pager: Dhis2Pager = { page, pageCount, total: items.length, pageSize };
  if (page < pageCount) pager.nextPage = pageUrl(page + 1);
  if (page > 1) pager.prevPage = pageUrl(Math.min(page - 1, pageCount));
  return { pager, items: items.slice((page - 1) * pageSize, page * pageSize) };
}
