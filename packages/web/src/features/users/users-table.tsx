import { Button, Group, Table, Text } from '@mantine/core';
import type { UserView } from '@syt/core/api/contract.ts';
import { IconLockOpen, IconPencil } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';
import { useUnlockUser } from './use-users.ts';
import { isLocked, UserStatusBadge } from './user-status.tsx';

interface UsersTableProps {
  users: readonly UserView[];
  onEdit: (user: UserView) => void;
}

const c = vi.users.columns;

/** Tên đăng nhập, Họ tên, Vai trò, Phạm vi, Trạng thái and the row actions (Sửa, Mở khóa). */
export function UsersTable({ users, onEdit }: UsersTableProps) {
  const unlock = useUnlockUser();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.username}</Table.Th>
            <Table.Th>{c.displayName}</Table.Th>
            <Table.Th>{c.role}</Table.Th>
            <Table.Th>{c.scope}</Table.Th>
            <Table.Th>{c.status}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{vi.users.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row" data-username={user.username}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {user.username}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'normal' }}>{user.displayName}</Table.Td>
              <Table.Td>{vi.roles[user.role]}</Table.Td>
              <Table.Td>{user.orgUnit.name}</Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {isLocked(user) && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="orange"
                      leftSection={<IconLockOpen size={14} />}
                      loading={unlock.isPending && unlock.variables === user.id}
                      onClick={() => unlock.mutate(user.id)}
                    >
                      {vi.users.unlock}
                    </Button>
                  )}
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconPencil size={14} />}
                    onClick={() => onEdit(user)}
                  >
                    {vi.users.edit}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
