import { Alert, Button, Group, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role, UserInput, UserView } from '@syt/core/api/contract.ts';
import { vi } from '../../i18n/vi.ts';
import { applyServerFieldErrors, errorMessage, fieldDetails } from '../../lib/form-errors.ts';
import { RoleSelect } from './role-select.tsx';
import { ScopeSelect } from './scope-select.tsx';
import { useUpdateUser } from './use-users.ts';
import { userRules } from './user-form-rules.ts';

interface EditValues {
  displayName: string;
  email: string;
  role: Role | null;
  orgUnitCode: string | null;
  active: boolean;
  canEditExpired: boolean;
  password: string;
}

const FIELDS = ['displayName', 'email', 'role', 'orgUnitCode', 'active', 'canEditExpired', 'password'] as const;

/** Only what changed goes to PATCH; an empty password keeps the current one. */
function changesOf(user: UserView, values: EditValues): Partial<UserInput> {
  const changes: Partial<UserInput> = {};
  if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
  if (values.email.trim() !== (user.email ?? '')) changes.email = values.email.trim() || null;
  if (values.role && values.role !== user.role) changes.role = values.role;
  if (values.orgUnitCode && values.orgUnitCode !== user.orgUnit.code) changes.orgUnitCode = values.orgUnitCode;
  if (values.active !== user.active) changes.active = values.active;
  if (values.canEditExpired !== user.canEditExpired) changes.canEditExpired = values.canEditExpired;
  if (values.password) changes.password = values.password;
  return changes;
}

/** Edits a user's name, role, scope and active flag, and can reset the password. */
export function UserEditForm({ user, onDone }: { user: UserView; onDone: () => void }) {
  const update = useUpdateUser();
  const form = useForm<EditValues>({
    mode: 'uncontrolled',
    initialValues: {
      displayName: user.displayName,
      email: user.email ?? '',
      role: user.role,
      orgUnitCode: user.orgUnit.code,
      active: user.active,
      canEditExpired: user.canEditExpired,
      password: '',
    },
    validate: {
      displayName: userRules.displayName,
      role: userRules.role,
      orgUnitCode: userRules.orgUnitCode,
      password: userRules.optionalPassword,
    },
  });
  const showAlert = update.isError && fieldDetails(update.error, FIELDS).length === 0;

  const submit = form.onSubmit((values) => {
    const changes = changesOf(user, values);
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(
      { id: user.id, changes },
      { onSuccess: onDone, onError: (error) => applyServerFieldErrors(form, error, FIELDS) },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="user-edit-form">
      <Stack gap="sm">
        {showAlert && (
          <Alert color="red" title={vi.users.notify.failed} role="alert">
            {errorMessage(update.error, vi.errors.unexpected)}
          </Alert>
        )}
        <TextInput label={vi.users.form.username} value={user.username} disabled readOnly />
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
        <RoleSelect key={form.key('role')} {...form.getInputProps('role')} />
        <ScopeSelect key={form.key('orgUnitCode')} {...form.getInputProps('orgUnitCode')} />
        <Switch
          label={vi.users.form.active}
          mt="xs"
          key={form.key('active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Switch
          label={vi.users.form.canEditExpired}
          key={form.key('canEditExpired')}
          {...form.getInputProps('canEditExpired', { type: 'checkbox' })}
        />
        <PasswordInput
          label={vi.users.form.newPassword}
          description={vi.users.form.newPasswordHint}
          autoComplete="new-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {vi.common.cancel}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {vi.users.form.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
