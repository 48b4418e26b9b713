import { Text } from '@mantine/core';
import { formatNumber } from '../../../i18n/format.ts';
import { useCellSum, useFormGrid } from './form-grid-context.ts';

/** A live total of some cells, as typed. */
export function SumCell({ ids, testId }: { ids: readonly string[]; testId: string }) {
  const { store } = useFormGrid();
  const sum = useCellSum(store, ids);
  return (
    <Text size="sm" fw={600} ta="right" pr={8} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
      {formatNumber(sum)}
    </Text>
  );
}
