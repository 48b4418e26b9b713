import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { cellConflictVi as t } from '../../../i18n/cell-conflict.vi.ts';
import type { CellEntry } from './cell-store.ts';

interface CellConflictProps {
  entry: CellEntry;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** The cell's input. */
  children: ReactElement;
}

/**
 * Opens under a cell whose save was refused because someone else changed it meanwhile: says who, what and
 * when, and lets the user keep their figure (saved over the new one) or take the one now stored.
 */
export function CellConflictPopover({ entry, onKeepMine, onTakeTheirs, children }: CellConflictProps) {
  const conflict = entry.conflict;
  return (
    <Popover opened={conflict !== null} position="bottom" width={320} shadow="md" withArrow trapFocus={false}>
      <Popover.Target>{children}</Popover.Target>
      <Popover.Dropdown data-testid="cell-conflict">
        {conflict && (
          <Stack gap="xs">
            <Text size="sm" fw={600} c="orange.8">
              {t.title}
            </Text>
            <Text size="sm">{conflict.message}</Text>
            <Group gap="xs">
              <Button size="compact-xs" color="orange" onClick={onKeepMine} data-testid="cell-conflict-keep">
                {t.keepMine(conflict.mine)}
              </Button>
              <Button size="compact-xs" variant="default" onClick={onTakeTheirs} data-testid="cell-conflict-take">
                {t.takeTheirs(entry.saved)}
              </Button>
            </Group>
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
