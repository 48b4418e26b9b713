import { Button, Card, Loader, Modal, Text } from '@mantine/core';
import type { UserView } from '@syt/core/api/contract.ts';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { usersQuery } from './use-users.ts';
import { UserCreateForm } from './user-create-form.tsx';
import { UserEditForm } from './user-edit-form.tsx';
import { UsersTable } from './users-table.tsx';

/** Quản trị › Người dùng: the account list with add, edit and unlock. */
export function UsersPage() {
  const users = useQuery(usersQuery);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);

  return (
    <>
      <PageHeader
        title={vi.users.title}
        description={vi.users.description}
        actions={
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
            {vi.users.add}
          </Button>
        }
      />
      <Card withBorder radius="md" padding="lg">
        {users.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {users.isError && <LoadError error={users.error} onRetry={() => void users.refetch()} />}
        {users.isSuccess &&
          (users.data.length === 0 ? (
            <Text c="dimmed">{vi.users.empty}</Text>
          ) : (
            <UsersTable users={users.data} onEdit={setEditing} />
          ))}
      </Card>
      <Modal opened={creating} onClose={() => setCreating(false)} title={vi.users.add} size="lg">
        {creating && <UserCreateForm onDone={() => setCreating(false)} />}
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? vi.users.editTitle(editing.username) : ''}
        size="lg"
      >
        {editing && <UserEditForm key={editing.id} user={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}
