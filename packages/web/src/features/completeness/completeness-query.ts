import type { CompletenessSummary, FormStatus } from '@syt/core/completeness/index.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { CodeName } from '../data-entry/data-entry-types.ts';

export interface CompletenessRow {
  orgUnit: CodeName;
  status: FormStatus;
  label: string;
  dueDate: string;
  submittedAt: string | null;
  onTime: boolean;
  overdue: boolean;
}

/** GET /api/completeness (shape of the server's service; not in the shared contract yet). */
export interface CompletenessView {
  dataSet: CodeName;
  period: string;
  dueDate: string;
  summary: CompletenessSummary;
  rows: CompletenessRow[];
}

/** Who reported one data set for one period, in the user's scope. */
export function completenessQuery(dataSet: string, period: string) {
  return queryOptions({
    queryKey: ['completeness', dataSet, period] as const,
    queryFn: () => apiGet<CompletenessView>('/api/completeness', { dataSet, period }),
    staleTime: 0,
  });
}
