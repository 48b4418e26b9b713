import { Alert, Button, Group, NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { serverToday } from '../../../lib/server-clock.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { notifyDone } from '../../reports/notify.ts';
import { addOutbreakCases } from '../surveillance-api.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';

const t = survVi.outbreaks.cases;
const FIELDS = ['date', 'count'] as const;

interface CasesValues {
  date: string;
  count: number | string;
}

/** A day's new cases; the server refuses a day before the start or after today, and a closed outbreak. */
export function AddCasesForm({ outbreakId }: { outbreakId: number }) {
  const form = useForm<CasesValues>({
    initialValues: { date: serverToday(), count: '' },
    validate: {
      date: (v) => (v ? null : t.dateRequired),
      count: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? null : t.countInvalid),
    },
  });
  const add = useSurveillanceChange(
    (input: { date: string; count: number }) => addOutbreakCases(outbreakId, input),
    () => (notifyDone(t.added), form.setFieldValue('count', '')),
  );
  const submit = form.onSubmit((values) =>
    add.mutate(
      { date: values.date, count: Number(values.count) },
      { onError: (error) => applyServerFieldErrors(form, error, FIELDS) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="outbreak-cases-form">
      {add.isError && fieldDetails(add.error, FIELDS).length === 0 && (
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(add.error, vi.errors.unexpected)}
        </Alert>
      )}
      <Group align="flex-start" gap="sm" wrap="wrap">
        <DateField label={t.date} withAsterisk w={170} {...form.getInputProps('date')} />
        <NumberInput
          label={t.count}
          withAsterisk
          min={1}
          max={100000}
          allowDecimal={false}
          w={120}
          data-testid="outbreak-cases-count"
          {...form.getInputProps('count')}
        />
        <Button type="submit" mt={25} loading={add.isPending} data-testid="outbreak-cases-add">
          {t.add}
        </Button>
      </Group>
    </form>
  );
}
