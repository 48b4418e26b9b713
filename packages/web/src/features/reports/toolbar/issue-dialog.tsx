import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReportHeader } from '@syt/core/report/model.ts';
import { formatDocumentNumber } from '@syt/core/report/issue/index.ts';
import { vi } from '../../../i18n/vi.ts';
import { applyServerFieldErrors } from '../../../lib/form-errors.ts';
import { ISSUE_FIELDS, type StatusChange } from '../editor/use-report-actions.ts';

interface IssueDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The stored header: a number or date typed while drafting is offered again. */
  header: ReportHeader;
  pending: boolean;
  onIssue: (change: StatusChange) => Promise<unknown>;
}

const t = vi.reports.status;

/**
 * Phát hành: the clerk gives the document's number and symbol and the date of issue. The server checks both (format,
 * not after today) and names the field it refuses; its message is shown under that field.
 */
export function IssueDialog({ opened, onClose, header, pending, onIssue }: IssueDialogProps) {
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { number: header.documentNumber.trim() ? formatDocumentNumber(header) : '', date: header.date ?? '' },
  });
  const submit = form.onSubmit((values) => {
    void onIssue({ status: 'issued', number: values.number, date: values.date }).then(onClose, (error: unknown) =>
      applyServerFieldErrors(form, error, ISSUE_FIELDS),
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t.issueTitle} centered data-testid="issue-dialog">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t.issueMessage}</Text>
          <TextInput
            label={t.issueNumber}
            description={t.issueNumberHint}
            placeholder={`123/${header.documentSymbol || 'BC-SYT'}`}
            withAsterisk
            key={form.key('number')}
            {...form.getInputProps('number')}
            data-testid="issue-number"
          />
          <TextInput
            label={t.issueDate}
            description={t.issueDateHint}
            type="date"
            withAsterisk
            key={form.key('date')}
            {...form.getInputProps('date')}
            data-testid="issue-date"
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button type="submit" color="teal" loading={pending} data-testid="issue-confirm">
              {t.issue}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
