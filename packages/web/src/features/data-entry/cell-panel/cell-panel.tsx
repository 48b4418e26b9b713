import { Card, Divider, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { GridCell } from '@syt/core/form/section-grid.ts';
import { IconAlertCircle } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';
import type { FormKey } from '../data-entry-types.ts';
import { cellId } from '../grid/cell-store.ts';
import { useCellEntry, useFormGrid } from '../grid/form-grid-context.ts';
import { CellAudit } from './cell-audit.tsx';
import { CellComment } from './cell-comment.tsx';
import { CellHistory } from './cell-history.tsx';
import { CellOutlierNotice } from './cell-outlier.tsx';

/** The focused cell and how it is named on the form. */
export interface ActiveCell {
  cell: GridCell;
  label: string;
}

function CellError({ cell }: { cell: GridCell }) {
  const { store } = useFormGrid();
  const entry = useCellEntry(store, cellId(cell));
  if (!entry.error) return null;
  return (
    <Text size="sm" c="red" data-testid="cell-error" style={{ display: 'flex', gap: 6 }}>
      <IconAlertCircle size={16} style={{ flexShrink: 0, marginTop: 2 }} />
      {entry.error}
    </Text>
  );
}

/** Beside the form: the focused cell's error, last 12 periods, comment and change history. */
export function CellPanel({ formKey, active }: { formKey: FormKey; active: ActiveCell | null }) {
  // Moving through cells with the arrows should not fetch every cell on the way.
  const [settled] = useDebouncedValue(active, 200);
  return (
    <Card withBorder radius="md" padding="md" data-testid="cell-panel">
      {!active ? (
        <Text size="sm" c="dimmed">
          {vi.dataEntry.panel.empty}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text fw={600} size="sm">
            {active.label}
          </Text>
          <CellError cell={active.cell} />
          <CellOutlierNotice cell={active.cell} />
          {settled && settled.cell === active.cell && (
            <>
              <CellHistory formKey={formKey} cell={settled.cell} />
              <Divider />
              <CellComment key={cellId(settled.cell)} cell={settled.cell} />
              <Divider />
              <CellAudit formKey={formKey} cell={settled.cell} />
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}
