import { Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TaskField, TaskView } from '@syt/core/api/tasks.ts';
import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { ApiRequestError } from '../../api/api-error.ts';
import { vi } from '../../i18n/vi.ts';
import { DeadlineInput, deadlineError, deadlineValueOf, EMPTY_DEADLINE, type DeadlineValue } from './deadline-input.tsx';
import { FIELD_OPTIONS, MANUAL_STATUS_OPTIONS, MANUAL_STATUSES, type ManualStatus } from './field-options.ts';
import { UnitMultiSelect, UnitSelect } from './unit-pickers.tsx';

/** A task as its form holds it; `status` is only shown (and sent) when editing. */
export interface TaskValues {
  title: string;
  content: string;
  field: TaskField | null;
  lead: string | null;
  coordinating: string[];
  deadline: DeadlineValue;
  status: ManualStatus | null;
}

export type TaskForm = UseFormReturnType<TaskValues>;

export const TASK_FORM_FIELDS = ['title', 'content', 'field', 'lead', 'coordinating', 'deadline', 'status'] as const;

export const EMPTY_TASK_VALUES: TaskValues = {
  title: '',
  content: '',
  field: null,
  lead: null,
  coordinating: [],
  deadline: EMPTY_DEADLINE,
  status: null,
};

const f = vi.tasks.form;

export const taskValidation = {
  title: (v: string) => (v.trim() ? null : f.titleRequired),
  field: (v: TaskField | null) => (v ? null : f.fieldRequired),
  lead: (v: string | null) => (v ? null : f.leadRequired),
  deadline: deadlineError,
};

function isManualStatus(status: string): status is ManualStatus {
  return (MANUAL_STATUSES as readonly string[]).includes(status);
}

/** The form's values for an existing task; a status set by the system (done, overdue) is left unchosen. */
export function taskValuesOf(task: TaskView): TaskValues {
  return {
    title: task.title,
    content: task.content,
    field: task.field,
    lead: task.lead.code,
    coordinating: task.coordinating.map((unit) => unit.code),
    deadline: deadlineValueOf(task.deadline),
    status: isManualStatus(task.status) ? task.status : null,
  };
}

/**
 * The server's field details as the form's fields: `deadline.date` goes under the deadline, `coordinating.2` under
 * the coordinating units.
 */
export function taskFieldErrors(error: unknown): ApiFieldError[] {
  if (!(error instanceof ApiRequestError)) return [];
  return error.details.flatMap((detail) => {
    const field = detail.field.split('.')[0] ?? '';
    return (TASK_FORM_FIELDS as readonly string[]).includes(field) ? [{ ...detail, field }] : [];
  });
}

/** Puts each field detail of a refused request under its field. */
export function applyTaskFieldErrors(form: TaskForm, error: unknown): void {
  for (const detail of taskFieldErrors(error)) form.setFieldError(detail.field, detail.message);
}

interface TaskFieldsProps {
  form: TaskForm;
  /** Editing: the status select is shown. */
  withStatus?: boolean;
  /** A status the system set (Hoàn thành, Quá hạn): kept unless another is chosen. */
  systemStatusLabel?: string;
}

/** The fields of a task, shared by "Giao nhiệm vụ" and "Sửa nhiệm vụ"; the status select only when editing. */
export function TaskFields({ form, withStatus = false, systemStatusLabel }: TaskFieldsProps) {
  return (
    <>
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
      {withStatus && (
        <Select
          label={f.status}
          description={f.statusHint}
          data={MANUAL_STATUS_OPTIONS}
          placeholder={systemStatusLabel && f.statusKeep(systemStatusLabel)}
          clearable={!!systemStatusLabel}
          allowDeselect={!!systemStatusLabel}
          data-testid="task-edit-status"
          {...form.getInputProps('status')}
        />
      )}
    </>
  );
}
