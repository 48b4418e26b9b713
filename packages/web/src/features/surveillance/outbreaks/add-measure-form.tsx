import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { serverToday } from '../../../lib/server-clock.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { notifyDone } from '../../reports/notify.ts';
import { addOutbreakMeasure } from '../surveillance-api.ts';
import { useSurveillanceChange } from '../use-surveillance-change.ts';

const t = survVi.outbreaks.measures;
const FIELDS = ['date', 'text'] as const;
const MAX_TEXT = 2000;

/** A measure taken (spraying, cleaning up breeding sites, health education), dated. */
export function AddMeasureForm({ outbreakId }: { outbreakId: number }) {
  const form = useForm({
    initialValues: { date: serverToday(), text: '' },
    validate: {
      date: (v) => (v ? null : t.dateRequired),
      text: (v) => (!v.trim() ? t.textRequired : v.trim().length > MAX_TEXT ? t.textTooLong : null),
    },
  });
  const add = useSurveillanceChange(
    (input: { date: string; text: string }) => addOutbreakMeasure(outbreakId, input),
    () => (notifyDone(t.added), form.setFieldValue('text', '')),
  );
  const submit = form.onSubmit((values) =>
    add.mutate(
      { date: values.date, text: values.text.trim() },
      { onError: (error) => applyServerFieldErrors(form, error, FIELDS) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="outbreak-measure-form">
      <Stack gap="sm">
        {add.isError && fieldDetails(add.error, FIELDS).length === 0 && (
          <Alert color="red" role="alert">
            {errorMessage(add.error, vi.errors.unexpected)}
          </Alert>
        )}
        <DateField label={t.date} withAsterisk w={170} {...form.getInputProps('date')} />
        <Textarea
          label={t.text}
          withAsterisk
          autosize
          minRows={2}
          maxLength={MAX_TEXT}
          data-testid="outbreak-measure-text"
          {...form.getInputProps('text')}
        />
        <Group>
          <Button type="submit" loading={add.isPending} data-testid="outbreak-measure-add">
            {t.add}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
