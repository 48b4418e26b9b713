import { Alert, Button, Divider, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ApiRequestError } from '../../api/api-error.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { targetsVi } from '../../i18n/targets.vi.ts';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { RequestReviewEditor } from './request-review-editor.tsx';
import { RequestTargetsEditor } from './request-targets-editor.tsx';
import { formFieldOf, initialRequestValues, toRequestInput, type RequestValues } from './request-form-values.ts';
import { RequestGroupsEditor } from './request-groups-editor.tsx';
import { RequestOutlineEditor } from './request-outline-editor.tsx';
import { useCreateRequest } from './requests-queries.ts';
import { notifyDone } from '../tasks/tasks-queries.ts';
import { DateField } from '../../ui/date-field.tsx';

const f = vi.requests.form;
const required = (v: string) => (v.trim() ? null : f.required);

/** "Tạo yêu cầu": the letter (number, date, subject), its outline, deliverables and unit groups. */
export function RequestCreateForm({ onDone }: { onDone: (id: number | null) => void }) {
  const create = useCreateRequest();
  const form = useForm<RequestValues>({
    initialValues: initialRequestValues(),
    validate: {
      date: required,
      subject: required,
      groups: {
        name: required,
        deadline: required,
        units: (units) => (units.length > 0 ? null : f.unitsRequired),
      },
      targets: {
        items: (items, values) => (values.targets.enabled && items.length === 0 ? targetsVi.round.itemsRequired : null),
        fields: {
          unit: (unit, values) => (values.targets.enabled && !unit ? targetsVi.fields.unitRequired : null),
          items: (items, values) => (values.targets.enabled && items.length === 0 ? targetsVi.round.itemsRequired : null),
        },
      },
      review: { period: (period, values) => (values.review.enabled && !period.trim() ? reviewsVi.form.periodRequired : null) },
    },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(toRequestInput(values), {
      onSuccess: (request) => {
        notifyDone(f.created(values.number.trim() || values.subject.trim()));
        onDone(request?.id ?? null);
      },
      onError: (error) => {
        // Each detail goes under its field; the alert above the form says the rest.
        if (error instanceof ApiRequestError)
          for (const d of error.details) form.setFieldError(formFieldOf(d.field), d.message);
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="request-create-form">
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" title={f.failed} role="alert">
            {errorMessage(create.error, vi.errors.unexpected)}
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput label={f.number} {...form.getInputProps('number')} />
          <DateField label={f.date} withAsterisk data-testid="request-date" {...form.getInputProps('date')} />
        </Group>
        <Textarea label={f.subject} withAsterisk autosize minRows={2} {...form.getInputProps('subject')} />
        <Divider />
        <RequestOutlineEditor form={form} />
        <RequestTargetsEditor form={form} />
        <RequestReviewEditor form={form} />
        <Divider />
        <RequestGroupsEditor form={form} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => onDone(null)}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {f.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
