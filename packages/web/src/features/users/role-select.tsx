import { Select, type SelectProps } from '@mantine/core';
import { ROLES } from '@syt/core/api/contract.ts';
import { vi } from '../../i18n/vi.ts';

const roleOptions = ROLES.map((role) => ({ value: role, label: vi.roles[role] }));

/** Role picker with Vietnamese role names. */
export function RoleSelect(props: Omit<SelectProps, 'data'>) {
  return <Select label={vi.users.form.role} data={roleOptions} allowDeselect={false} withAsterisk {...props} />;
}
