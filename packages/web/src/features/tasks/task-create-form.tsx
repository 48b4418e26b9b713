import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TaskField } from '@syt/core/api/tasks.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../lib/form-errors.ts';
import { DeadlineInput, deadlineError, EMPTY_DEADLINE, toTaskDeadline, type DeadlineValue } from './deadline-input.tsx';
import { FIELD_OPTIONS } from './field-options.ts';
import { notifyDone, useCreateTask } from './tasks-queries.ts';
import { UnitMultiSelect, UnitSelect } from './unit-pickers.tsx';

interface TaskValues {
  title: string;
  content: string;
  field: TaskField | null;
  lead: string | null;
  coordinating: string[];
  deadline: DeadlineValue;
}

const FIELDS = ['title', 'content', 'field', 'lead', 'coordinating', 'deadline'] as const;
const f = vi.tasks.form;

/** Server details name `deadline.date` or `deadline.day`; they are shown under the deadline as a whole. */
function foldDeadlineDetails(error: unknown): void {
  for (const detail of fieldDetails(error, ['deadline.date', 'deadline.day', 'deadline.kind'])) detail.field = 'deadline';
}

/** "Giao nhiệm vụ": title, content, field, lead and coordinating units, deadline. */
export function TaskCreateForm({ onDone }: { onDone: (taskId: number | null) => void }) {
  const create = useCreateTask();
  const form = useForm<TaskValues>({
    initialValues: { title: '', content: '', field: null, lead: null, coordinating: [], deadline: EMPTY_DEADLINE },
    validate: {
      title: (v) => (v.trim() ? null : f.titleRequired),
      field: (v) => (v ? null : f.fieldRequired),
      lead: (v) => (v ? null : f.leadRequired),
      deadline: deadlineError,
    },
  });
  const showAlert = create.isError && fieldDetails(create.error, [...FIELDS, 'deadline.date', 'deadline.day']).length === 0;

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
        onError: (error) => {
          foldDeadlineDetails(error);
          applyServerFieldErrors(form, error, FIELDS);
        },
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
        <TextInput label={f.title} withAsterisk data-autofocus data-testid="task-title" {...form.getInputProps('title')} />
        <Textarea label={f.content} placeholder={f.contentPlaceholder} autosize minRows={3} maxRows={10} data-testid="task-content" {...form.getInputProps('content')} />
        <Select label={f.field} withAsterisk data={FIELD_OPTIONS} allowDeselect={false} data-testid="task-field" {...form.getInputProps('field')} />
        <UnitSelect label={f.lead} withAsterisk data-testid="task-lead" {...form.getInputProps('lead')} />
        <UnitMultiSelect label={f.coordinating} data-testid="task-coordinating" {...form.getInputProps('coordinating')} />
        <DeadlineInput
          value={form.values.deadline}
          onChange={(deadline) => form.setFieldValue('deadline', deadline)}
          error={form.errors.deadline as string | undefined}
          testId="task-deadline"
        />
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
