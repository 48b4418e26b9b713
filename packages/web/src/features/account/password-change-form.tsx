import { Alert, Button, Card, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { passwordProblem } from '@syt/core/auth/password-policy.ts';
import { IconCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { accountVi } from '../../i18n/account.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage } from '../../lib/form-errors.ts';
import { changePassword } from '../auth/auth-api.ts';

const t = accountVi.password;
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Đổi mật khẩu: the current password, then the new one twice; the rules the server applies are checked first here. */
export function PasswordChangeForm({ username }: { username: string }) {
  const mutation = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) => changePassword(v.currentPassword, v.newPassword),
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : vi.auth.passwordRequired),
      newPassword: (value) => {
        const problem = passwordProblem(value, username);
        return problem ? t.problems[problem] : null;
      },
      confirm: (value, values) => (value === values.newPassword ? null : t.mismatch),
    },
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    mutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(),
        onError: (error) => applyServerFieldErrors(form, error, FIELDS),
      },
    );
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={420}>
          <Title order={3} size="h4">
            {t.title}
          </Title>
          {mutation.isSuccess && (
            <Alert color="teal" icon={<IconCheck size={18} />} role="status">
              {t.done}
            </Alert>
          )}
          {mutation.isError && !form.errors.currentPassword && !form.errors.newPassword && (
            <Alert color="red" role="alert">
              {errorMessage(mutation.error, vi.errors.unexpected)}
            </Alert>
          )}
          <PasswordInput
            label={t.current}
            autoComplete="current-password"
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t.next}
            description={t.rules}
            autoComplete="new-password"
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput label={t.confirm} autoComplete="new-password" key={form.key('confirm')} {...form.getInputProps('confirm')} />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t.submit}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
