import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ImmediateReportInput, SurveillanceDiseaseView } from '@syt/core/api/surveillance.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { foldedFilter } from '../../../lib/folded-filter.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { serverToday } from '../../../lib/server-clock.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { notifyDone } from '../../reports/notify.ts';
import { sendImmediateReport } from '../surveillance-api.ts';
import { useScopeUnits } from '../use-scope-units.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';

const t = survVi.immediate;
const FIELDS = ['disease', 'orgUnit', 'place', 'onsetDate', 'count', 'note'] as const;

interface ImmediateValues {
  disease: string;
  orgUnit: string;
  place: string;
  onsetDate: string;
  count: number | string;
  note: string;
}

/** The checks the server makes too, so a mistake is named at its field before anything is sent. */
function validate(today: string) {
  return {
    disease: (v: string) => (v ? null : t.diseaseRequired),
    orgUnit: (v: string) => (v ? null : t.orgUnitRequired),
    place: (v: string) => (!v.trim() ? t.placeRequired : v.trim().length > 500 ? t.placeTooLong : null),
    onsetDate: (v: string) => (!v ? t.onsetRequired : v > today ? t.onsetFuture : null),
    count: (v: number | string) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? null : t.countInvalid),
    note: (v: string) => (v.length > 2000 ? t.noteTooLong : null),
  };
}

/** Báo cáo ngay: a case or event of a disease to report within 24 hours; sending it raises an alert. */
export function ImmediateReportForm({ diseases }: { diseases: readonly SurveillanceDiseaseView[] }) {
  const user = useCurrentUser();
  const units = useScopeUnits();
  const today = serverToday();
  const form = useForm<ImmediateValues>({
    initialValues: {
      disease: diseases[0]?.code ?? '',
      orgUnit: user.orgUnit.code,
      place: '',
      onsetDate: today,
      count: 1,
      note: '',
    },
    validate: validate(today),
  });
  const send = useSurveillanceChange(sendImmediateReport, () => (notifyDone(t.sent), form.reset()));
  const submit = form.onSubmit((values) => {
    const input: ImmediateReportInput = {
      disease: values.disease,
      orgUnit: values.orgUnit,
      place: values.place.trim(),
      onsetDate: values.onsetDate,
      count: Number(values.count),
      note: values.note.trim(),
    };
    send.mutate(input, { onError: (error) => applyServerFieldErrors(form, error, FIELDS) });
  });
  if (diseases.length === 0) return <Text c="dimmed">{t.noDisease}</Text>;
  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate data-testid="immediate-report-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t.formTitle}
          </Title>
          {send.isError && fieldDetails(send.error, FIELDS).length === 0 && (
            <Alert color="red" role="alert">
              {errorMessage(send.error, vi.errors.unexpected)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t.disease}
              withAsterisk
              data={diseases.map((d) => ({ value: d.code, label: d.name }))}
              searchable
              filter={foldedFilter}
              allowDeselect={false}
              data-testid="immediate-disease"
              {...form.getInputProps('disease')}
            />
            <Select
              label={t.orgUnit}
              withAsterisk
              data={units.options}
              disabled={units.loading}
              searchable
              filter={foldedFilter}
              allowDeselect={false}
              data-testid="immediate-org-unit"
              {...form.getInputProps('orgUnit')}
            />
          </SimpleGrid>
          <TextInput
            label={t.place}
            description={t.placeHint}
            withAsterisk
            maxLength={500}
            data-testid="immediate-place"
            {...form.getInputProps('place')}
          />
          <Group align="flex-start" gap="sm">
            <DateField label={t.onsetDate} withAsterisk w={180} {...form.getInputProps('onsetDate')} />
            <NumberInput
              label={t.count}
              withAsterisk
              min={1}
              max={100000}
              allowDecimal={false}
              w={140}
              data-testid="immediate-count"
              {...form.getInputProps('count')}
            />
          </Group>
          <Textarea
            label={t.note}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="immediate-note"
            {...form.getInputProps('note')}
          />
          <Group>
            <Button type="submit" color="red" loading={send.isPending} data-testid="immediate-submit">
              {t.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
