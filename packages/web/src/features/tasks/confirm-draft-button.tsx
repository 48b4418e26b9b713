import { Badge, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyDone, useConfirmTask } from './tasks-queries.ts';

/** A draft task's mark and, for who may edit it, "Xác nhận giao" (the units see it only once confirmed). */
export function ConfirmDraftButton({ taskId, canConfirm }: { taskId: number; canConfirm: boolean }) {
  const confirm = useConfirmTask(taskId);
  return (
    <Group gap="sm">
      <Badge variant="outline" color="gray">
        {vi.tasks.draft}
      </Badge>
      {canConfirm && (
        <Button
          leftSection={<IconCheck size={16} />}
          loading={confirm.isPending}
          onClick={() =>
            confirm.mutate(undefined, {
              onSuccess: () => notifyDone(vi.tasks.confirmed),
              onError: (error) =>
                notifications.show({ color: 'red', title: vi.tasks.confirmFailed, message: errorMessage(error, vi.errors.unexpected), withBorder: true }),
            })
          }
        >
          {vi.tasks.confirmDraft}
        </Button>
      )}
    </Group>
  );
}
