import { Alert, Button, Card, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CreatedApiTokenView } from '@syt/core/auth/api-token-views.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiTokensVi } from '../../i18n/api-tokens.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { ApiRequestError } from '../../api/api-error.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { DateField } from '../../ui/date-field.tsx';
import { apiTokensKey, createApiToken } from './api-tokens-api.ts';
import { addDays, addressLines, DEFAULT_TOKEN_DAYS, endOfVietnamDay, MAX_TOKEN_DAYS } from './token-expiry.ts';

const t = apiTokensVi.create;

/** The server's field names, and the form field each one belongs under. */
const FORM_FIELD: Record<string, 'name' | 'expiresOn' | 'addresses'> = { name: 'name', expiresAt: 'expiresOn', allowedAddresses: 'addresses' };

/** Tạo mã mới: a name, the last day, the allowed addresses; hands the new token (shown once) to `onCreated`. */
export function TokenCreateForm({ onCreated }: { onCreated: (token: CreatedApiTokenView) => void }) {
  const queryClient = useQueryClient();
  const today = serverToday();
  const form = useForm({
    initialValues: { name: '', expiresOn: addDays(today, DEFAULT_TOKEN_DAYS), addresses: '' },
    validate: {
      name: (v) => (v.trim() ? null : t.nameRequired),
      expiresOn: (v) => (v ? null : t.expiresRequired),
    },
  });
  const create = useMutation({ mutationFn: createApiToken });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), expiresAt: endOfVietnamDay(values.expiresOn), allowedAddresses: addressLines(values.addresses) },
      {
        onSuccess: (token) => {
          form.reset();
          onCreated(token);
          void queryClient.invalidateQueries({ queryKey: apiTokensKey });
        },
        onError: (error) => {
          if (!(error instanceof ApiRequestError)) return;
          // `allowedAddresses.3` names one line of the list: shown under the list.
          for (const d of error.details) {
            const field = FORM_FIELD[d.field.split('.')[0]!];
            if (field) form.setFieldError(field, d.message);
          }
        },
      },
    ),
  );
  const fieldError = create.error instanceof ApiRequestError && create.error.details.some((d) => FORM_FIELD[d.field.split('.')[0]!]);
  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate data-testid="api-token-create">
        <Stack gap="sm" maw={560}>
          <Title order={3} size="h4">
            {t.title}
          </Title>
          {create.isError && !fieldError && <Alert color="red">{errorMessage(create.error, vi.errors.unexpected)}</Alert>}
          <TextInput label={t.name} placeholder={t.namePlaceholder} withAsterisk maxLength={100} {...form.getInputProps('name')} />
          <DateField
            label={t.expires}
            description={t.expiresHint}
            withAsterisk
            minDate={addDays(today, 1)}
            maxDate={addDays(today, MAX_TOKEN_DAYS)}
            w={220}
            {...form.getInputProps('expiresOn')}
          />
          <Textarea label={t.addresses} description={t.addressesHint} autosize minRows={2} maxRows={8} {...form.getInputProps('addresses')} />
          <Button type="submit" w="fit-content" loading={create.isPending}>
            {t.submit}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
