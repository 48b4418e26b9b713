import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconBuildingHospital } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { accountVi } from '../../i18n/account.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage } from '../../lib/form-errors.ts';
import { safeRedirect } from './safe-redirect.ts';
import { SecondFactorStep } from './second-factor-step.tsx';
import { useLogin, type Credentials } from './use-login.ts';

/** Đăng nhập: username and password, then a code when the account has a second factor; then the page asked for. */
export function LoginPage({ redirect }: { redirect: string | undefined }) {
  const router = useRouter();
  const loginMutation = useLogin();
  const [secondStep, setSecondStep] = useState(false);
  const goOn = () => router.history.push(safeRedirect(redirect));
  const form = useForm<Credentials>({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : vi.auth.usernameRequired),
      password: (value) => (value ? null : vi.auth.passwordRequired),
    },
  });

  const submit = form.onSubmit((values) => {
    loginMutation.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (signedIn) => (signedIn ? goOn() : setSecondStep(true)),
        onError: (error) => applyServerFieldErrors(form, error, ['username', 'password']),
      },
    );
  });

  return (
    // A main landmark: screen readers jump to it, and no content sits outside a region.
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <Stack gap="lg">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={44} radius="md" variant="light">
              <IconBuildingHospital size={26} />
            </ThemeIcon>
            <div>
              <Title order={1} size="h3">
                {vi.app.productName}
              </Title>
              <Text size="sm" c="dimmed">
                {vi.auth.subtitle}
              </Text>
            </div>
          </Group>
          <Title order={2} size="h4">
            {secondStep ? accountVi.secondStep.title : vi.auth.title}
          </Title>
          {secondStep && <SecondFactorStep onSignedIn={goOn} onBack={() => setSecondStep(false)} />}
          {!secondStep && loginMutation.isError && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title={vi.auth.failedTitle} role="alert">
              {errorMessage(loginMutation.error, vi.errors.unexpected)}
            </Alert>
          )}
          <form onSubmit={submit} noValidate hidden={secondStep}>
            <Stack gap="md">
              <TextInput
                label={vi.auth.username}
                name="username"
                autoComplete="username"
                autoFocus
                key={form.key('username')}
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={vi.auth.password}
                name="password"
                autoComplete="current-password"
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
              <Button type="submit" fullWidth loading={loginMutation.isPending}>
                {vi.auth.submit}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}
