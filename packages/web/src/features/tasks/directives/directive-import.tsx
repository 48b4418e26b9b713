import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import type { DirectiveDraft } from '@syt/core/api/tasks.ts';
import { IconFileImport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage } from '../../../lib/form-errors.ts';
import { importDirective } from '../tasks-api.ts';
import { DirectiveReview } from './directive-review.tsx';

const t = vi.directives.importer;

/** "Nhập từ tệp": reads a .docx/.txt into draft tasks, then hands them to the review. */
export function DirectiveImport({ onDone }: { onDone: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [draft, setDraft] = useState<DirectiveDraft | null>(null);
  const read = useMutation({ mutationFn: importDirective, onSuccess: setDraft });

  if (draft && file) return <DirectiveReview draft={draft} file={file} onBack={() => setDraft(null)} onDone={onDone} />;
  return (
    <Stack gap="sm" data-testid="directive-import">
      <Text size="sm" c="dimmed">
        {t.hint}
      </Text>
      {read.isError && (
        <Alert color="red" title={t.failed} role="alert">
          {errorMessage(read.error, vi.errors.unexpected)}
        </Alert>
      )}
      <FileInput
        label={t.pick}
        placeholder={t.pickPlaceholder}
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        value={file}
        onChange={setFile}
        clearable
        leftSection={<IconFileImport size={16} />}
        data-testid="directive-import-file"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {vi.common.cancel}
        </Button>
        <Button disabled={!file} loading={read.isPending} onClick={() => file && read.mutate(file)} data-testid="directive-import-read">
          {t.read}
        </Button>
      </Group>
    </Stack>
  );
}
