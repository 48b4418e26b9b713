import { Text } from '@mantine/core';
import { vi } from '../../../i18n/vi.ts';

const t = vi.reports;

/** Whether what the page shows is stored: unsaved changes, or the version the last save made. */
export function SaveState({ dirty, savedVersion }: { dirty: boolean; savedVersion: number | null }) {
  // A fixed minimum width keeps the toolbar from shifting as the message changes.
  const common = { size: 'sm', miw: 170, 'data-testid': 'report-save-state', 'aria-live': 'polite' } as const;
  if (dirty)
    return (
      <Text {...common} c="orange.8" fw={500}>
        {t.unsaved}
      </Text>
    );
  return (
    <Text {...common} c="teal.8">
      {savedVersion !== null ? t.saved(savedVersion) : t.allSaved}
    </Text>
  );
}
