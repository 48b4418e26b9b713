import type { DashboardView } from '@syt/core/api/analytics.ts';
import { Badge, Button, Card, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHome, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import {
  dashboardsQuery,
  homeDashboard,
  useDeleteDashboard,
  useSaveDashboard,
  useSetHomeDashboard,
} from './dashboards-api.ts';

const t = dashVi.list;

function fail(error: unknown) {
  notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) });
}

function DashboardRow({
  dashboard,
  isHome,
  onRemove,
}: {
  dashboard: DashboardView;
  isHome: boolean;
  onRemove: () => void;
}) {
  const navigate = useNavigate();
  const setHome = useSetHomeDashboard();
  const copy = useSaveDashboard(null);
  const makeCopy = () =>
    copy.mutate(
      { name: t.copyName(dashboard.name).slice(0, 200), items: dashboard.items, sharing: { users: [], roles: [] } },
      {
        onSuccess: (saved) =>
          void navigate({ to: '/bang-dieu-khien/$dashboardId/sua', params: { dashboardId: String(saved.id) } }),
        onError: fail,
      },
    );
  return (
    <Card withBorder radius="md" padding="md" data-testid="dashboard-row" data-dashboard-id={dashboard.id ?? 'default'}>
      <Group justify="space-between" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={600}>{dashboard.name}</Text>
            {isHome && (
              <Badge color="teal" variant="light" leftSection={<IconHome size={12} />} data-testid="dashboard-is-home">
                {t.isHome}
              </Badge>
            )}
            {dashboard.id !== null && !dashboard.editable && <Badge variant="light">{t.shared}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {dashboard.owner ? t.owner(dashboard.owner.displayName) : t.builtIn} · {t.items(dashboard.items.length)}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            renderRoot={(props) =>
              dashboard.id === null ? (
                <Link to="/bang-dieu-khien/mac-dinh" {...props} />
              ) : (
                <Link to="/bang-dieu-khien/$dashboardId" params={{ dashboardId: String(dashboard.id) }} {...props} />
              )
            }
          >
            {t.open}
          </Button>
          {dashboard.editable && dashboard.id !== null && (
            <Button
              size="xs"
              variant="light"
              renderRoot={(props) => (
                <Link
                  to="/bang-dieu-khien/$dashboardId/sua"
                  params={{ dashboardId: String(dashboard.id) }}
                  {...props}
                />
              )}
            >
              {t.edit}
            </Button>
          )}
          <Button size="xs" variant="default" loading={copy.isPending} onClick={makeCopy}>
            {t.copy}
          </Button>
          {!isHome && (
            <Button
              size="xs"
              variant="default"
              loading={setHome.isPending}
              onClick={() =>
                setHome.mutate(dashboard.id, {
                  onSuccess: () => notifications.show({ color: 'teal', message: t.homeSet }),
                  onError: fail,
                })
              }
              data-testid="dashboard-set-home"
            >
              {t.setHome}
            </Button>
          )}
          {dashboard.editable && dashboard.id !== null && (
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t.remove}
            </Button>
          )}
        </Group>
      </Group>
    </Card>
  );
}

/** Bảng điều khiển: the role default, own and shared dashboards; open, edit, copy, delete, choose the home page. */
export function DashboardsPage() {
  const list = useQuery(dashboardsQuery);
  const remove = useDeleteDashboard();
  const [removing, setRemoving] = useState<DashboardView | null>(null);
  const home = list.data ? homeDashboard(list.data) : undefined;
  const confirmRemove = () => {
    if (removing?.id == null) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        setRemoving(null);
        notifications.show({ color: 'teal', message: t.removed });
      },
      onError: fail,
    });
  };
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            renderRoot={(props) => <Link to="/bang-dieu-khien/moi" {...props} />}
            data-testid="dashboard-create"
          >
            {t.create}
          </Button>
        }
      />
      {list.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Stack gap="sm" maw={1000}>
          {list.data.items.map((d) => (
            <DashboardRow key={d.id ?? 'default'} dashboard={d} isHome={d === home} onRemove={() => setRemoving(d)} />
          ))}
          {list.data.items.every((d) => d.id === null) && <Text c="dimmed">{t.empty}</Text>}
        </Stack>
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t.remove}>
        <Text mb="md">{removing ? t.removeConfirm(removing.name) : ''}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRemoving(null)}>
            {vi.common.cancel}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={confirmRemove} data-testid="dashboard-remove-confirm">
            {t.remove}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
