import type { CompletenessView } from '@syt/core/api/forms.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';

/** Who reported one data set for one period, in the user's scope. */
export function completenessQuery(dataSet: string, period: string) {
  return queryOptions({
    queryKey: ['completeness', dataSet, period] as const,
    queryFn: () => apiGet<CompletenessView>('/api/completeness', { dataSet, period }),
    staleTime: 0,
  });
}

export type { CompletenessRow, CompletenessView } from '@syt/core/api/forms.ts';
