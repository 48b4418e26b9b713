import { Alert, Badge, Button, Card, Code, Group, Image, Loader, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SecondFactorSetupView } from '@syt/core/auth/views.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accountVi } from '../../i18n/account.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage } from '../../lib/form-errors.ts';
import { disableSecondFactor, enableSecondFactor, fetchSecondFactorStatus, setUpSecondFactor } from '../auth/auth-api.ts';

const t = accountVi.secondFactor;
const statusKey = ['second-factor'] as const;

/** Xác thực hai bước, for admins and leaders: set up with a QR code, see the recovery codes once, turn off. */
export function SecondFactorPanel() {
  const status = useQuery({ queryKey: statusKey, queryFn: fetchSecondFactorStatus });
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  if (status.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (status.isError || !status.data.available) return null;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md" maw={560}>
        <Group gap="sm">
          <Title order={3} size="h4">
            {t.title}
          </Title>
          <Badge color={status.data.enabled ? 'teal' : 'gray'} variant="light">
            {status.data.enabled ? t.on : t.off}
          </Badge>
        </Group>
        <Text size="sm">{t.intro}</Text>
        {recoveryCodes ? (
          <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
        ) : status.data.enabled ? (
          <>
            <Text size="sm">{t.codesLeft(status.data.recoveryCodesLeft)}</Text>
            <DisableForm />
          </>
        ) : (
          <SetUp onEnabled={setRecoveryCodes} />
        )}
      </Stack>
    </Card>
  );
}

function SetUp({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const queryClient = useQueryClient();
  const setup = useMutation({ mutationFn: setUpSecondFactor });
  const enable = useMutation({ mutationFn: enableSecondFactor });
  const form = useForm({ mode: 'uncontrolled', initialValues: { code: '' } });
  const submit = form.onSubmit(({ code }) =>
    enable.mutate(code.trim(), {
      onSuccess: (view) => {
        onEnabled(view.recoveryCodes);
        void queryClient.invalidateQueries({ queryKey: statusKey });
      },
      onError: (error) => applyServerFieldErrors(form, error, ['code']),
    }),
  );
  if (!setup.data) {
    return (
      <Stack gap="xs">
        {setup.isError && <Alert color="red">{errorMessage(setup.error, vi.errors.unexpected)}</Alert>}
        <Button w="fit-content" loading={setup.isPending} onClick={() => setup.mutate()}>
          {t.start}
        </Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t.scan}</Text>
        <QrCode view={setup.data} />
        <TextInput label={t.code} inputMode="numeric" autoComplete="one-time-code" w={200} key={form.key('code')} {...form.getInputProps('code')} />
        <Button type="submit" w="fit-content" loading={enable.isPending}>
          {t.confirm}
        </Button>
      </Stack>
    </form>
  );
}

function QrCode({ view }: { view: SecondFactorSetupView }) {
  return (
    <Group align="center" gap="lg">
      <Image src={view.qrCode} alt={t.qrAlt} w={200} h={200} />
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t.secret}
        </Text>
        <Code data-testid="totp-secret">{view.secret}</Code>
      </Stack>
    </Group>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Alert color="yellow" title={t.recoveryTitle}>
      <Stack gap="sm">
        <Text size="sm">{t.recoveryIntro}</Text>
        <SimpleGrid cols={2} spacing={4} data-testid="recovery-codes">
          {codes.map((code) => (
            <Code key={code}>{code}</Code>
          ))}
        </SimpleGrid>
        <Button w="fit-content" variant="light" onClick={onDone}>
          {t.recoveryDone}
        </Button>
      </Stack>
    </Alert>
  );
}

function DisableForm() {
  const queryClient = useQueryClient();
  const disable = useMutation({ mutationFn: disableSecondFactor });
  const form = useForm({ mode: 'uncontrolled', initialValues: { password: '' } });
  const submit = form.onSubmit(({ password }) =>
    disable.mutate(password, {
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: statusKey }),
      onError: (error) => applyServerFieldErrors(form, error, ['password']),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm">
        <PasswordInput label={t.disablePassword} autoComplete="current-password" w={260} key={form.key('password')} {...form.getInputProps('password')} />
        <Button type="submit" color="red" variant="light" loading={disable.isPending}>
          {t.disable}
        </Button>
      </Group>
    </form>
  );
}
