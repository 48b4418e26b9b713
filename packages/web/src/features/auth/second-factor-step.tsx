import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { accountVi } from '../../i18n/account.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { useLoginSecondStep } from './use-login.ts';

const t = accountVi.secondStep;

/** The sign-in's second step: the code from the authenticator app, or one recovery code. */
export function SecondFactorStep({ onSignedIn, onBack }: { onSignedIn: () => void; onBack: () => void }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const mutation = useLoginSecondStep();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { answer: '' },
    validate: { answer: (value) => (value.trim() ? null : t.codeRequired) },
  });
  const submit = form.onSubmit(({ answer }) => {
    const value = answer.trim();
    mutation.mutate(useRecovery ? { recoveryCode: value } : { code: value }, {
      onSuccess: (signedIn) => {
        if (signedIn) onSignedIn();
      },
      onError: () => form.setFieldValue('answer', ''),
    });
  });

  return (
    <Stack gap="md">
      <Text size="sm">{useRecovery ? t.recoveryIntro : t.intro}</Text>
      {mutation.isError && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={vi.auth.failedTitle} role="alert">
          {errorMessage(mutation.error, vi.errors.unexpected)}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={useRecovery ? t.recoveryCode : t.code}
            name="answer"
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            autoFocus
            key={form.key('answer') + String(useRecovery)}
            {...form.getInputProps('answer')}
          />
          <Button type="submit" fullWidth loading={mutation.isPending}>
            {t.submit}
          </Button>
        </Stack>
      </form>
      <Group justify="space-between">
        <Anchor component="button" type="button" size="sm" onClick={onBack}>
          {t.back}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={() => setUseRecovery((r) => !r)}>
          {useRecovery ? t.useApp : t.useRecovery}
        </Anchor>
      </Group>
    </Stack>
  );
}
