import { FileInput, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DIRECTIVE_TYPES } from '@syt/core/api/tasks.ts';
import { DIRECTIVE_TYPE_LABELS } from '@syt/core/tasks/labels.ts';
import { IconPaperclip } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';
import type { DirectiveInput } from '../tasks-api.ts';
import { DateField } from '../../../ui/date-field.tsx';

/** The form's values are what the API takes. */
export type DirectiveValues = DirectiveInput;

export const DIRECTIVE_FIELDS = ['number', 'date', 'type', 'issuer', 'subject', 'file'] as const;

const f = vi.directives.form;
const TYPE_OPTIONS = DIRECTIVE_TYPES.map((type) => ({ value: type, label: DIRECTIVE_TYPE_LABELS[type] }));
const required = (v: string) => (v.trim() ? null : f.required);

export function directiveInitialValues(subject = '', file: File | null = null): DirectiveValues {
  return { number: '', date: '', type: 'THONG_BAO_KET_LUAN', issuer: vi.directives.form.issuerPlaceholder, subject, file };
}

export const directiveRules = { number: required, date: required, issuer: required, subject: required };

export function toDirectiveInput(values: DirectiveValues): DirectiveInput {
  return { ...values, number: values.number.trim(), issuer: values.issuer.trim(), subject: values.subject.trim() };
}

/** Số, ngày, loại, cơ quan ban hành, trích yếu and the file: shared by "Thêm văn bản" and the import review. */
export function DirectiveFields({ form, withFile = true }: { form: UseFormReturnType<DirectiveValues>; withFile?: boolean }) {
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput label={f.number} placeholder={f.numberPlaceholder} withAsterisk data-testid="directive-number" {...form.getInputProps('number')} />
        <DateField label={f.date} withAsterisk data-testid="directive-date" {...form.getInputProps('date')} />
      </Group>
      <Group grow align="flex-start">
        <Select label={f.type} data={TYPE_OPTIONS} allowDeselect={false} withAsterisk {...form.getInputProps('type')} />
        <TextInput label={f.issuer} withAsterisk {...form.getInputProps('issuer')} />
      </Group>
      <Textarea label={f.subject} withAsterisk autosize minRows={2} data-testid="directive-subject" {...form.getInputProps('subject')} />
      {withFile && (
        <FileInput label={f.file} placeholder={f.filePlaceholder} clearable leftSection={<IconPaperclip size={16} />} {...form.getInputProps('file')} />
      )}
    </Stack>
  );
}
