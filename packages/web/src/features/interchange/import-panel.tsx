import { Button, Card, Checkbox, FileInput, Group, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { maySubmit } from '../data-entry/workflow/permissions.ts';
import { importFile } from './interchange-api.ts';
import { ACCEPTED_FILES, formatOfFile, IMPORT_FORMATS, type ImportFormat } from './interchange-formats.ts';
import { ImportSummaryView } from './import-summary-view.tsx';

const t = vi.interchange;

/**
 * Nhập dữ liệu từ tệp: file, format (guessed from the extension), dry run by default, for roles that may submit the
 * option to submit the forms the file fills, upload progress, summary.
 */
export function ImportPanel() {
  const queryClient = useQueryClient();
  const canSubmit = maySubmit(useCurrentUser().role);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [submit, setSubmit] = useState(false);
  const [progress, setProgress] = useState(0);
  const chosen = useRef<File | null>(null);

  const upload = useMutation({
    mutationFn: (request: { file: File; format: ImportFormat; dryRun: boolean; submit: boolean }) =>
      importFile({ ...request, onProgress: setProgress }),
    onSuccess: (summary) => {
      // Stored values change what forms, completeness and pending lists show.
      if (!summary.dryRun && summary.status !== 'ERROR') {
        void queryClient.invalidateQueries({ queryKey: ['forms'] });
        void queryClient.invalidateQueries({ queryKey: ['completeness'] });
        void queryClient.invalidateQueries({ queryKey: ['data-values'] });
        // Submitted forms leave the home page's to-do list.
        if (summary.submittedTotal > 0) void queryClient.invalidateQueries({ queryKey: ['todo'] });
      }
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t.failed,
        message: errorMessage(error, vi.errors.unexpected),
        withBorder: true,
      }),
  });

  const choose = (next: File | null) => {
    chosen.current = next;
    setFile(next);
    setFormat(null);
    upload.reset();
    // Detection reads the file's start; keep a format the user picked meanwhile, ignore a file replaced meanwhile.
    if (next) {
      void formatOfFile(next).then((detected) => {
        if (detected && chosen.current === next) setFormat((current) => current ?? detected);
      });
    }
  };
  const start = () => {
    if (!file || !format) return;
    setProgress(0);
    upload.mutate({ file, format, dryRun, submit: canSubmit && submit });
  };
  const percent = Math.round(progress * 100);

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t.importTitle}
        </Title>
        <Group align="flex-end" gap="md" wrap="wrap">
          <FileInput
            label={t.file}
            placeholder={t.filePlaceholder}
            accept={ACCEPTED_FILES}
            value={file}
            onChange={choose}
            clearable
            leftSection={<IconFileUpload size={16} />}
            w={{ base: '100%', sm: 360 }}
            data-testid="import-file"
          />
          <Select
            label={t.format}
            description={t.formatHint}
            data={IMPORT_FORMATS.map((value) => ({ value, label: t.formats[value] }))}
            value={format}
            onChange={(value) => setFormat(value as ImportFormat | null)}
            allowDeselect={false}
            w={260}
            data-testid="import-format"
          />
        </Group>
        <Checkbox
          label={t.dryRun}
          description={t.dryRunHint}
          checked={dryRun}
          onChange={(event) => setDryRun(event.currentTarget.checked)}
          data-testid="import-dry-run"
        />
        {canSubmit && (
          <Checkbox
            label={t.submit}
            description={t.submitHint}
            checked={submit}
            onChange={(event) => setSubmit(event.currentTarget.checked)}
            data-testid="import-submit"
          />
        )}
        <Group>
          <Button
            leftSection={<IconUpload size={18} />}
            disabled={!file || !format}
            loading={upload.isPending}
            onClick={start}
            data-testid="import-upload"
          >
            {t.upload}
          </Button>
        </Group>
        {upload.isPending && (
          <div>
            <Progress
              value={percent}
              animated={percent >= 100}
              striped={percent >= 100}
              data-testid="import-progress"
            />
            <Text size="xs" c="dimmed" mt={4}>
              {percent < 100 ? t.uploading(percent) : t.processing}
            </Text>
          </div>
        )}
        {upload.data && <ImportSummaryView summary={upload.data} />}
      </Stack>
    </Card>
  );
}
