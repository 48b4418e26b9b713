import { Button, Drawer, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ReportDocument, ReportHeader } from '@syt/core/report/model.ts';
import { vi } from '../../../i18n/vi.ts';
import { headerValue, type DraftEdits } from '../editor/report-draft.ts';
import { DateField } from '../../../ui/date-field.tsx';

interface HeaderDrawerProps {
  opened: boolean;
  onClose: () => void;
  stored: ReportDocument;
  edits: DraftEdits;
  onChange: <K extends keyof ReportHeader>(key: K, value: ReportHeader[K]) => void;
  readOnly: boolean;
}

const t = vi.reports.header;
type ListField = 'recipients' | 'distribution' | 'signerTitle';

/** The header and signature fields; the page behind shows each change as it is typed. */
export function HeaderDrawer({ opened, onClose, stored, edits, onChange, readOnly }: HeaderDrawerProps) {
  const value = <K extends keyof ReportHeader>(key: K) => headerValue(stored, edits, key);
  const list = (key: ListField, label: string, rows: number) => (
    <Textarea
      label={label}
      value={value(key).join('\n')}
      onChange={(event) => onChange(key, event.currentTarget.value.split('\n'))}
      autosize
      minRows={rows}
      readOnly={readOnly}
      data-testid={`header-${key}`}
    />
  );
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={t.title} data-testid="header-drawer">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t.note}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t.documentNumber}
            description={t.documentNumberHint}
            value={value('documentNumber')}
            onChange={(event) => onChange('documentNumber', event.currentTarget.value)}
            readOnly={readOnly}
            data-testid="header-documentNumber"
          />
          <DateField
            label={t.date}
            description={t.dateHint}
            value={value('date') ?? ''}
            onChange={(date) => onChange('date', date || null)}
            readOnly={readOnly}
            data-testid="header-date"
          />
        </Group>
        <TextInput
          label={t.place}
          value={value('place')}
          onChange={(event) => onChange('place', event.currentTarget.value)}
          readOnly={readOnly}
        />
        {list('recipients', t.recipients, 4)}
        {list('distribution', t.distribution, 4)}
        {list('signerTitle', t.signerTitle, 2)}
        <TextInput
          label={t.signerName}
          value={value('signerName')}
          onChange={(event) => onChange('signerName', event.currentTarget.value)}
          readOnly={readOnly}
          data-testid="header-signerName"
        />
        <Group justify="flex-end" mt="sm">
          <Button onClick={onClose}>{t.done}</Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
