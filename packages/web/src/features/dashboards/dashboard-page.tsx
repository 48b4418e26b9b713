import { Button, Group, Loader, Text } from '@mantine/core';
import { IconArrowLeft, IconEdit } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { DashboardGrid } from './dashboard-grid.tsx';
import { dashboardQuery } from './dashboards-api.ts';

const t = dashVi.view;

/** One dashboard, opened from the list or by its address (`/bang-dieu-khien/12`, the role's at `/bang-dieu-khien/mac-dinh`). */
export function DashboardPage({ dashboardId }: { dashboardId: number | null }) {
  const dashboard = useQuery(dashboardQuery(dashboardId));
  const back = (
    <Button variant="default" leftSection={<IconArrowLeft size={16} />} renderRoot={(props) => <Link to="/bang-dieu-khien" {...props} />}>
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
            {d.editable && d.id !== null && (
              <Button
                leftSection={<IconEdit size={16} />}
                renderRoot={(props) => <Link to="/bang-dieu-khien/$dashboardId/sua" params={{ dashboardId: String(d.id) }} {...props} />}
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
