import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { toTaskDeadline } from './deadline-input.tsx';
import { applyTaskFieldErrors, EMPTY_TASK_VALUES, TaskFields, taskFieldErrors, taskValidation, type TaskValues } from './task-fields.tsx';
import { notifyDone, useCreateTask } from './tasks-queries.ts';

const f = vi.tasks.form;

/** "Giao nhiệm vụ": title, content, field, lead and coordinating units, deadline. */
export function TaskCreateForm({ onDone }: { onDone: (taskId: number | null) => void }) {
  const create = useCreateTask();
  const form = useForm<TaskValues>({ initialValues: EMPTY_TASK_VALUES, validate: taskValidation });
  const showAlert = create.isError && taskFieldErrors(create.error).length === 0;

  const submit = form.onSubmit((values) => {
    if (!values.field || !values.lead) return;
    create.mutate(
      {
        title: values.title.trim(),
        content: values.content.trim(),
        field: values.field,
        lead: values.lead,
        coordinating: values.coordinating.filter((code) => code !== values.lead),
        deadline: toTaskDeadline(values.deadline),
      },
      {
        onSuccess: (task) => {
          notifyDone(f.created(values.title.trim()));
          onDone(task?.id ?? null);
        },
        onError: (error) => applyTaskFieldErrors(form, error),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="task-create-form">
      <Stack gap="sm">
        {showAlert && (
          <Alert color="red" title={f.failed} role="alert">
            {errorMessage(create.error, vi.errors.unexpected)}
          </Alert>
        )}
        <TaskFields form={form} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => onDone(null)}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="task-submit">
            {f.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
