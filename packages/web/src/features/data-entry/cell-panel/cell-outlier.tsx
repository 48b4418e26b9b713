import { Alert, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { qualityVi } from '../../../i18n/quality.vi.ts';
import type { CellRef } from '../data-entry-types.ts';
import { cellId } from '../grid/cell-store.ts';
import { useCellEntry, useFormGrid } from '../grid/form-grid-context.ts';

const q = qualityVi.cell;

/** Above the comment: the focused cell's value lies outside its bounds, and a comment is asked for until one is stored. */
export function CellOutlierNotice({ cell }: { cell: CellRef }) {
  const { store } = useFormGrid();
  const { outlier } = useCellEntry(store, cellId(cell));
  if (!outlier) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconFlag size={18} />} p="xs" data-testid="cell-outlier">
      <Text size="sm">{q.outside(outlier.bounds.min, outlier.bounds.max)}</Text>
      <Text size="sm" fw={outlier.commentRequired ? 600 : undefined} mt={4}>
        {outlier.commentRequired ? q.askComment : q.commented}
      </Text>
    </Alert>
  );
}
