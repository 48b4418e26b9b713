import type { OrgUnitListView } from '@syt/core/api/contract.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';

/** Org units valid on `date` (YYYY-MM-DD), or every unit ever when `date` is empty. */
export function orgUnitsQuery(date = '') {
  return queryOptions({
    queryKey: ['org-units', date || 'all'] as const,
    queryFn: async () => (await apiGet<OrgUnitListView>('/api/org-units', { date })).orgUnits,
    staleTime: 5 * 60_000,
  });
}
