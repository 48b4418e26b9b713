import { Alert, Button, Card, FileInput, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SubmissionView } from '@syt/core/api/requests.ts';
import { IconUpload } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../lib/form-errors.ts';
import { notifyDone } from '../tasks/tasks-queries.ts';
import { useSubmitReport } from './requests-queries.ts';

interface UploadValues {
  unit: string | null;
  files: File[];
  note: string;
}

const u = vi.requests.upload;
const FIELDS = ['unit', 'files', 'note'] as const;

/** "Nộp báo cáo": the unit user's file(s) and a note; a second upload replaces nothing already sent. */
export function SubmissionUploadForm({ requestId, submissions }: { requestId: number; submissions: readonly SubmissionView[] }) {
  const submit = useSubmitReport(requestId);
  const units = submissions.map((s) => ({ value: s.unit.code, label: s.unit.name }));
  const form = useForm<UploadValues>({
    initialValues: { unit: units[0]?.value ?? null, files: [], note: '' },
    validate: { unit: (v) => (v ? null : u.fileRequired), files: (v) => (v.length > 0 ? null : u.fileRequired) },
  });
  const showAlert = submit.isError && fieldDetails(submit.error, FIELDS).length === 0;

  const onSubmit = form.onSubmit((values) =>
    submit.mutate(
      { unit: values.unit ?? '', files: values.files, note: values.note.trim() },
      {
        onSuccess: () => {
          notifyDone(u.sent);
          form.reset();
        },
        onError: (error) => applyServerFieldErrors(form, error, FIELDS),
      },
    ),
  );

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={onSubmit} noValidate data-testid="submission-form">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {u.title}
          </Title>
          {showAlert && (
            <Alert color="red" title={u.failed} role="alert">
              {errorMessage(submit.error, vi.errors.unexpected)}
            </Alert>
          )}
          {units.length > 1 && <Select label={u.unit} data={units} allowDeselect={false} {...form.getInputProps('unit')} />}
          <FileInput label={u.file} placeholder={u.filePlaceholder} withAsterisk multiple clearable leftSection={<IconUpload size={16} />} {...form.getInputProps('files')} />
          <Textarea label={u.note} autosize minRows={2} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button type="submit" loading={submit.isPending}>
              {u.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
