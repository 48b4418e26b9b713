import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role } from '@syt/core/api/contract.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../lib/form-errors.ts';
import { RoleSelect } from './role-select.tsx';
import { ScopeSelect } from './scope-select.tsx';
import { useCreateUser } from './use-users.ts';
import { userRules } from './user-form-rules.ts';

interface CreateValues {
  username: string;
  displayName: string;
  email: string;
  password: string;
  role: Role | null;
  orgUnitCode: string | null;
}

const FIELDS = ['username', 'displayName', 'email', 'password', 'role', 'orgUnitCode'] as const;

/** "Thêm người dùng": the new account's name, password, role and scope. */
export function UserCreateForm({ onDone }: { onDone: () => void }) {
  const create = useCreateUser();
  const form = useForm<CreateValues>({
    mode: 'uncontrolled',
    initialValues: { username: '', displayName: '', email: '', password: '', role: null, orgUnitCode: null },
    validate: {
      username: userRules.username,
      displayName: userRules.displayName,
      password: userRules.password,
      role: userRules.role,
      orgUnitCode: userRules.orgUnitCode,
    },
  });
  const showAlert = create.isError && fieldDetails(create.error, FIELDS).length === 0;

  const submit = form.onSubmit((values) => {
    if (!values.role || !values.orgUnitCode) return;
    create.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim() || null,
        password: values.password,
        role: values.role,
        orgUnitCode: values.orgUnitCode,
      },
      { onSuccess: onDone, onError: (error) => applyServerFieldErrors(form, error, FIELDS) },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="user-create-form">
      <Stack gap="sm">
        {showAlert && (
          <Alert color="red" title={vi.users.notify.failed} role="alert">
            {errorMessage(create.error, vi.errors.unexpected)}
          </Alert>
        )}
        <TextInput
          label={vi.users.form.username}
          withAsterisk
          autoComplete="off"
          data-autofocus
          key={form.key('username')}
          {...form.getInputProps('username')}
        />
        <TextInput
          label={vi.users.form.displayName}
          withAsterisk
          key={form.key('displayName')}
          {...form.getInputProps('displayName')}
        />
        <TextInput
          label={vi.users.form.email}
          description={vi.users.form.emailHint}
          type="email"
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={vi.users.form.password}
          description={vi.users.form.passwordHint}
          withAsterisk
          autoComplete="new-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <RoleSelect key={form.key('role')} {...form.getInputProps('role')} />
        <ScopeSelect key={form.key('orgUnitCode')} {...form.getInputProps('orgUnitCode')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {vi.users.form.create}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
