import type { ExportValue } from '@syt/core/interchange/types.ts';
import { selectDhis2Values } from '../dhis2/data-value-sets/data-value-set-export.repository.ts';
import type { Executor } from '../metadata/upsert.ts';

/**
 * Stored values of an org unit (or its subtree) for some periods, with what DHIS2 carries beside each value: the
 * attribute option combo (absent for none), the follow-up mark, who stored it and when it was created and changed.
 */
export async function selectExportValues(
  db: Executor,
  unit: { id: number; path: string },
  options: { descendants: boolean; periods: string[]; elementIds?: number[] | undefined },
): Promise<ExportValue[]> {
  const { elementIds } = options;
  return selectDhis2Values(db, { units: [unit], children: options.descendants, periods: options.periods, ...(elementIds ? { elementIds } : {}) });
}
