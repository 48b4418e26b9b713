import { Alert, Button, Card, FileInput, Group, Input, SegmentedControl, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../lib/form-errors.ts';
import { notifyDone, usePostTaskUpdate } from './tasks-queries.ts';

type ProgressStatus = 'IN_PROGRESS' | 'DONE';

interface UpdateValues {
  text: string;
  status: ProgressStatus;
  files: File[];
}

interface TaskUpdateFormProps {
  taskId: number;
  /** PROGRESS: the unit reports (status, files); COMMENT: a leader's instruction (text only). */
  kind: 'PROGRESS' | 'COMMENT';
}

const FIELDS = ['text', 'status', 'files'] as const;

/** Báo cáo tiến độ (text, Đang thực hiện / Hoàn thành, evidence files) or Ý kiến chỉ đạo. */
export function TaskUpdateForm({ taskId, kind }: TaskUpdateFormProps) {
  const s = kind === 'PROGRESS' ? vi.tasks.progress : vi.tasks.comment;
  const post = usePostTaskUpdate(taskId);
  const form = useForm<UpdateValues>({
    initialValues: { text: '', status: 'IN_PROGRESS', files: [] },
    validate: { text: (v) => (v.trim() ? null : s.textRequired) },
  });
  const showAlert = post.isError && fieldDetails(post.error, FIELDS).length === 0;
  const testId = kind === 'PROGRESS' ? 'progress-form' : 'comment-form';

  const submit = form.onSubmit((values) => {
    const input = kind === 'PROGRESS'
      ? { kind, text: values.text.trim(), status: values.status, files: values.files }
      : { kind, text: values.text.trim(), files: [] };
    post.mutate(input, {
      onSuccess: () => {
        notifyDone(s.sent);
        // Nothing typed is lost on failure: the form is cleared only once the server has it.
        form.reset();
      },
      onError: (error) => applyServerFieldErrors(form, error, FIELDS),
    });
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {s.title}
          </Title>
          {showAlert && (
            <Alert color="red" title={s.failed} role="alert">
              {errorMessage(post.error, vi.errors.unexpected)}
            </Alert>
          )}
          <Textarea label={s.text} placeholder={s.textPlaceholder} withAsterisk autosize minRows={3} maxRows={10} data-testid={`${testId}-text`} {...form.getInputProps('text')} />
          {kind === 'PROGRESS' && (
            <>
              <Stack gap={4}>
                <Input.Label>{vi.tasks.progress.status}</Input.Label>
                <SegmentedControl
                  data={[
                    { value: 'IN_PROGRESS', label: vi.tasks.progress.inProgress },
                    { value: 'DONE', label: vi.tasks.progress.done },
                  ]}
                  color={form.values.status === 'DONE' ? 'green' : 'blue'}
                  data-testid="progress-status"
                  {...form.getInputProps('status')}
                />
              </Stack>
              <FileInput
                label={vi.tasks.progress.files}
                placeholder={vi.tasks.progress.filesPlaceholder}
                multiple
                clearable
                leftSection={<IconPaperclip size={16} />}
                data-testid="progress-files"
                {...form.getInputProps('files')}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={post.isPending} data-testid={`${testId}-submit`}>
              {s.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
