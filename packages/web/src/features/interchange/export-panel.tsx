import { Alert, Button, Card, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { parsePeriod, periodsBetween } from '@syt/core/period/index.ts';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadFile } from '../../api/download.ts';
import { vi } from '../../i18n/vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import type { AvailableForm } from '../data-entry/data-entry-types.ts';
import { defaultPeriod } from '../data-entry/pickers/period-options.ts';
import { PeriodPicker } from '../data-entry/pickers/period-picker.tsx';
import { exportUrl } from './interchange-api.ts';
import { EXPORT_FORMATS, type ExportFormat } from './interchange-formats.ts';

const t = vi.interchange;
/** The data-set select's value for "every data set" (the export then leaves `dataSet` out). */
const ALL = '*';

/** The periods from `from` to `to`, newest first; empty when the range is reversed or of mixed types. */
function periodRange(from: string, to: string): string[] {
  try {
    return periodsBetween(parsePeriod(from), parsePeriod(to))
      .map((p) => p.code)
      .reverse();
  } catch {
    return [];
  }
}

/** Xuất dữ liệu: org unit (with its subordinates or not), periods, data set and format; says so when nothing matches. */
export function ExportPanel({ forms }: { forms: readonly AvailableForm[] }) {
  const user = useCurrentUser();
  const [dataSet, setDataSet] = useState(forms[0]?.dataSet.code ?? ALL);
  const form = forms.find((f) => f.dataSet.code === dataSet);
  const type = form?.dataSet.periodType ?? 'Monthly';
  const [from, setFrom] = useState(() => defaultPeriod(type));
  const [to, setTo] = useState(() => defaultPeriod(type));
  const [orgUnit, setOrgUnit] = useState(user.orgUnit.code);
  const [descendants, setDescendants] = useState(true);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const download = useMutation({ mutationFn: (url: string) => downloadFile(url, `syt.${format}`) });

  const units = new Map([
    [user.orgUnit.code, user.orgUnit.name],
    ...(form?.orgUnits ?? []).map((u) => [u.code, u.name] as const),
  ]);
  const periods = periodRange(from, to);
  const ready = Boolean(orgUnit && periods.length > 0);
  const url = ready ? exportUrl({ orgUnit, descendants, periods, dataSet: dataSet === ALL ? '' : dataSet, format }) : null;
  const chooseDataSet = (code: string) => {
    const nextType = forms.find((f) => f.dataSet.code === code)?.dataSet.periodType ?? 'Monthly';
    setDataSet(code);
    if (nextType !== type) {
      setFrom(defaultPeriod(nextType));
      setTo(defaultPeriod(nextType));
    }
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t.exportTitle}
        </Title>
        <Select
          label={t.dataSet}
          data={[
            { value: ALL, label: t.allDataSets },
            ...forms.map((f) => ({ value: f.dataSet.code, label: f.dataSet.name })),
          ]}
          value={dataSet}
          onChange={(code) => code && chooseDataSet(code)}
          allowDeselect={false}
          data-testid="export-data-set"
        />
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t.orgUnit}
            data={[...units].map(([value, label]) => ({ value, label }))}
            value={orgUnit}
            onChange={(code) => code && setOrgUnit(code)}
            searchable
            filter={foldedFilter}
            allowDeselect={false}
            w={240}
            data-testid="export-org-unit"
          />
          <Checkbox
            label={t.descendants}
            checked={descendants}
            onChange={(event) => setDescendants(event.currentTarget.checked)}
            mb={8}
            data-testid="export-descendants"
          />
        </Group>
        <Group align="flex-end" gap="md" wrap="wrap">
          <PeriodPicker periodType={type} value={from} onChange={setFrom} label={t.from} testId="export-from" />
          <PeriodPicker periodType={type} value={to} onChange={setTo} label={t.to} testId="export-to" />
        </Group>
        <Text size="xs" c={periods.length > 0 ? 'dimmed' : 'red'}>
          {periods.length > 0 ? t.periodsCount(periods.length) : t.periodsInvalid}
        </Text>
        <Group align="flex-end" gap="md">
          <Select
            label={t.format}
            data={EXPORT_FORMATS.map((value) => ({ value, label: t.formats[value] }))}
            value={format}
            onChange={(value) => value && setFormat(value as ExportFormat)}
            allowDeselect={false}
            w={200}
            data-testid="export-format"
          />
          <Button
            onClick={() => url && download.mutate(url)}
            loading={download.isPending}
            disabled={!url}
            leftSection={<IconDownload size={18} />}
            data-testid="export-download"
          >
            {t.download}
          </Button>
        </Group>
        {/* A refusal (nothing to export) stays while the choice it answered is the one on screen. */}
        {download.isError && download.variables === url && (
          <Alert color="orange" title={t.exportFailed} data-testid="export-error">
            {errorMessage(download.error, vi.errors.unexpected)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
