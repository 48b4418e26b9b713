import { Stack } from '@mantine/core';
import { accountVi } from '../../i18n/account.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { PasswordChangeForm } from './password-change-form.tsx';
import { SecondFactorPanel } from './second-factor-panel.tsx';

/** Tài khoản: the signed-in user's own password and, for admins and leaders, the second factor. */
export function AccountPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title={accountVi.page.title} description={`${user.displayName} (${user.username})`} />
      <Stack gap="lg">
        <PasswordChangeForm username={user.username} />
        <SecondFactorPanel />
      </Stack>
    </>
  );
}
