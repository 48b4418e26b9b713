import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import type { CellSaver } from './cell-saver.ts';
import type { CellStore } from './cell-store.ts';

const t = vi.dataEntry.leave;
const FORM_PARAMS = ['dataSet', 'orgUnit', 'period'] as const;

type Place = { pathname: string; search: object };

/** Whether a navigation leaves the open form (another page, or another data set, unit or period). */
export function leavesForm(current: Place, next: Place): boolean {
  return current.pathname !== next.pathname || FORM_PARAMS.some((param) => Reflect.get(current.search, param) !== Reflect.get(next.search, param));
}

/**
 * Asks before the user leaves a form with values the server has not stored. Saves already sent are awaited first
 * (leaving a cell by clicking a link sends it), so only refused, conflicting or unsent values stop the user.
 * Closing or reloading the tab gets the browser's own question.
 */
export function UnsavedGuard({ store, saver }: { store: CellStore; saver: CellSaver }) {
  const [count, setCount] = useState(0);
  const blocker = useBlocker({
    shouldBlockFn: async ({ current, next }) => {
      if (!leavesForm(current, next)) return false;
      await saver.flush();
      const unsaved = store.unsavedCount();
      setCount(unsaved);
      return unsaved > 0;
    },
    enableBeforeUnload: () => store.unsavedCount() > 0,
    withResolver: true,
  });
  const blocked = blocker.status === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title={t.title} data-testid="unsaved-guard">
      <Text size="sm">{t.message(count)}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()} data-testid="unsaved-stay">
          {t.stay}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
          {t.leave}
        </Button>
      </Group>
    </Modal>
  );
}
