import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TaskView } from '@syt/core/api/tasks.ts';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { toTaskDeadline } from './deadline-input.tsx';
import { applyTaskFieldErrors, TaskFields, taskFieldErrors, taskValidation, taskValuesOf, type TaskValues } from './task-fields.tsx';
import type { TaskEdit } from './tasks-api.ts';
import { notifyDone, useEditTask } from './tasks-queries.ts';

const s = vi.tasks.edit;

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** What the user changed, each value as it would be sent; both sides read the same way so untouched fields match. */
export function taskChanges(before: TaskValues, after: TaskValues): TaskEdit {
  const edit: TaskEdit = {};
  if (after.title.trim() !== before.title.trim()) edit.title = after.title.trim();
  if (after.content.trim() !== before.content.trim()) edit.content = after.content.trim();
  if (after.field && after.field !== before.field) edit.field = after.field;
  if (after.lead && after.lead !== before.lead) edit.lead = after.lead;
  const coordinating = after.coordinating.filter((code) => code !== after.lead);
  if (!sameCodes(coordinating, before.coordinating.filter((code) => code !== before.lead))) edit.coordinating = coordinating;
  const deadline = toTaskDeadline(after.deadline);
  if (JSON.stringify(deadline) !== JSON.stringify(toTaskDeadline(before.deadline))) edit.deadline = deadline;
  if (after.status && after.status !== before.status) edit.status = after.status;
  return edit;
}

/** The form inside the modal: prefilled from the task when it opens; only what changed is sent. */
function TaskEditForm({ task, onDone }: { task: TaskView; onDone: () => void }) {
  const edit = useEditTask(task.id);
  const [initial] = useState(() => taskValuesOf(task));
  const form = useForm<TaskValues>({ initialValues: initial, validate: taskValidation });
  const showAlert = edit.isError && taskFieldErrors(edit.error).length === 0;

  const submit = form.onSubmit((values) => {
    const changes = taskChanges(initial, values);
    if (Object.keys(changes).length === 0) {
      notifications.show({ color: 'gray', message: s.unchanged, withBorder: true });
      onDone();
      return;
    }
    // The server reads a missing `content` as empty and missing `coordinating` as none: both always go as they stand.
    const body: TaskEdit = {
      ...changes,
      content: changes.content ?? values.content.trim(),
      coordinating: changes.coordinating ?? values.coordinating.filter((code) => code !== values.lead),
    };
    edit.mutate(body, {
      onSuccess: (saved) => {
        notifyDone(s.saved(saved.title));
        onDone();
      },
      onError: (error) => applyTaskFieldErrors(form, error),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="task-edit-form">
      <Stack gap="sm">
        {showAlert && (
          <Alert color="red" title={s.failed} role="alert">
            {errorMessage(edit.error, vi.errors.unexpected)}
          </Alert>
        )}
        <TaskFields form={form} withStatus systemStatusLabel={initial.status === null ? task.statusLabel : undefined} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={edit.isPending} data-testid="task-edit-submit">
            {s.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Sửa nhiệm vụ" and its modal; shown only to whom the server lets edit the task (`can.edit`). */
export function TaskEditButton({ task }: { task: TaskView }) {
  const [opened, setOpened] = useState(false);
  if (!task.can.edit) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setOpened(true)} data-testid="task-edit">
        {s.open}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={s.title} size="lg">
        {opened && <TaskEditForm task={task} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}
