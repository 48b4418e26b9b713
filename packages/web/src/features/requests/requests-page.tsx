import { Button, Card, Loader, Modal, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { ASSIGNING_ROLES } from '../tasks/task-roles.ts';
import { RequestCreateForm } from './request-create-form.tsx';
import { requestsQuery } from './requests-queries.ts';
import { RequestsTable } from './requests-table.tsx';

/** Yêu cầu báo cáo: the requests the user sees, and "Tạo yêu cầu" for the department. */
export function RequestsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const requests = useQuery(requestsQuery);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={vi.requests.title}
        description={vi.requests.description}
        actions={
          ASSIGNING_ROLES.includes(user.role) && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
              {vi.requests.create}
            </Button>
          )
        }
      />
      <Card withBorder radius="md" padding="lg">
        {requests.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {requests.isError && <LoadError error={requests.error} onRetry={() => void requests.refetch()} />}
        {requests.data &&
          (requests.data.length === 0 ? <Text c="dimmed">{vi.requests.empty}</Text> : <RequestsTable requests={requests.data} />)}
      </Card>
      <Modal opened={creating} onClose={() => setCreating(false)} title={vi.requests.create} size="xl" closeOnClickOutside={false}>
        {creating && (
          <RequestCreateForm
            onDone={(id) => {
              setCreating(false);
              if (id !== null) void navigate({ to: '/yeu-cau-bao-cao/$requestId', params: { requestId: String(id) } });
            }}
          />
        )}
      </Modal>
    </>
  );
}
