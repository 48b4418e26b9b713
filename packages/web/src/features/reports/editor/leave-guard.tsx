import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { vi } from '../../../i18n/vi.ts';

const t = vi.reports.leave;

/**
 * Asks before leaving the page (another menu entry, another month, closing the tab) while edits are unsaved.
 * The browser shows its own wording for a closed tab; inside the app the question is ours.
 */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const blocker = useBlocker({ shouldBlockFn: () => dirty, enableBeforeUnload: () => dirty, withResolver: true });
  const blocked = blocker.status === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title={t.title} centered>
      <Text size="sm" mb="lg">
        {t.message}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t.stay}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="leave-confirm">
          {t.leave}
        </Button>
      </Group>
    </Modal>
  );
}
