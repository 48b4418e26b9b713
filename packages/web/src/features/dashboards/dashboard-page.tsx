import { Button, Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit, IconHome } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { DashboardGrid } from './dashboard-grid.tsx';
import { dashboardQuery, dashboardsQuery, homeDashboard, useSetHomeDashboard } from './dashboards-api.ts';

const t = dashVi.view;

/** One dashboard, opened from the list or by its address (`/bang-dieu-khien/12`, the role's at `/bang-dieu-khien/mac-dinh`). */
export function DashboardPage({ dashboardId }: { dashboardId: number | null }) {
  const dashboard = useQuery(dashboardQuery(dashboardId));
  const list = useQuery(dashboardsQuery);
  const setHome = useSetHomeDashboard();
  const isHome = list.data ? homeDashboard(list.data)?.id === dashboardId : true;
  const back = (
    <Button
      variant="default"
      leftSection={<IconArrowLeft size={16} />}
      renderRoot={(props) => <Link to="/bang-dieu-khien" {...props} />}
    >
      {t.back}
    </Button>
  );
  if (dashboard.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (dashboard.isError) {
    return (
      <>
        <PageHeader title={dashVi.list.title} actions={back} />
        <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      </>
    );
  }
  const d = dashboard.data;
  return (
    <>
      <PageHeader
        title={d.name}
        description={d.owner ? dashVi.list.owner(d.owner.displayName) : dashVi.list.builtIn}
        actions={
          <Group gap="xs">
            {back}
            {!isHome && (
              <Button
                variant="default"
                leftSection={<IconHome size={16} />}
                loading={setHome.isPending}
                onClick={() =>
                  setHome.mutate(dashboardId, {
                    onSuccess: () => notifications.show({ color: 'teal', message: dashVi.list.homeSet }),
                    onError: (error) =>
                      notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) }),
                  })
                }
                data-testid="dashboard-view-set-home"
              >
                {dashVi.list.setHome}
              </Button>
            )}
            {d.editable && d.id !== null && (
              <Button
                leftSection={<IconEdit size={16} />}
                renderRoot={(props) => (
                  <Link to="/bang-dieu-khien/$dashboardId/sua" params={{ dashboardId: String(d.id) }} {...props} />
                )}
                data-testid="dashboard-edit"
              >
                {t.edit}
              </Button>
            )}
          </Group>
        }
      />
      {d.items.length === 0 ? <Text c="dimmed">{t.empty}</Text> : <DashboardGrid dashboard={d} />}
    </>
  );
}
