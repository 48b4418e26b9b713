import { ROLES, type Role } from '@syt/core/api/contract.ts';
import type { Sharing } from '@syt/core/api/analytics.ts';
import { MultiSelect, Stack, TagsInput } from '@mantine/core';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { vi } from '../../../i18n/vi.ts';

const t = dashVi.editor;

interface SharingFieldsProps {
  value: Sharing;
  onChange: (sharing: Sharing) => void;
  errors: { users?: string; roles?: string };
}

/** Who else may open the dashboard: users by their sign-in name, and whole roles. */
export function SharingFields({ value, onChange, errors }: SharingFieldsProps) {
  return (
    <Stack gap="xs">
      <TagsInput
        label={t.shareUsers}
        description={t.shareUsersHint}
        value={value.users}
        onChange={(users) => onChange({ ...value, users: users.map((u) => u.trim()).filter(Boolean) })}
        maxTags={100}
        error={errors.users}
        data-testid="editor-share-users"
      />
      <MultiSelect
        label={t.shareRoles}
        data={ROLES.map((r) => ({ value: r, label: vi.roles[r] }))}
        value={value.roles}
        onChange={(roles) => onChange({ ...value, roles: roles as Role[] })}
        error={errors.roles}
        data-testid="editor-share-roles"
      />
    </Stack>
  );
}
