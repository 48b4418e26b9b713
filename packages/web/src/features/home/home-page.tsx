import { Anchor, Card, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLayoutDashboard, IconUserCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dashVi } from '../../i18n/dashboards.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { DashboardGrid } from '../dashboards/dashboard-grid.tsx';
import { dashboardsQuery, homeDashboard } from '../dashboards/dashboards-api.ts';

/**
 * Trang chủ: a short welcome, then the user's home dashboard — the one they chose ("Đặt làm trang chủ"), else their
 * role's default (the leader's key figures against last year, completeness, alerts, overdue tasks, reports to approve;
 * a unit's forms, tasks and trend).
 */
export function HomePage() {
  const dashboards = useQuery(dashboardsQuery);
  const dashboard = dashboards.data ? homeDashboard(dashboards.data) : undefined;
  return (
    <Stack gap="md">
      <WelcomeCard />
      {dashboards.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {dashboards.isError && <LoadError error={dashboards.error} onRetry={() => void dashboards.refetch()} />}
      {dashboard && (
        <>
          <Group justify="space-between" align="center" gap="xs">
            <Title order={2} size="h3" data-testid="home-dashboard-name">
              {dashboard.name}
            </Title>
            <Anchor size="sm" renderRoot={(props) => <Link to="/bang-dieu-khien" {...props} />}>
              <Group gap={4} wrap="nowrap">
                <IconLayoutDashboard size={16} aria-hidden />
                {dashVi.home.manage}
              </Group>
            </Anchor>
          </Group>
          <DashboardGrid dashboard={dashboard} />
        </>
      )}
    </Stack>
  );
}

function WelcomeCard() {
  const user = useCurrentUser();
  return (
    <Card withBorder radius="md" padding="md" data-testid="welcome-card">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="xl" variant="light" visibleFrom="xs">
          <IconUserCircle size={28} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Title order={2} size="h3">
            {vi.home.welcome(user.displayName)}
          </Title>
          <Text size="sm" c="dimmed">
            {vi.roles[user.role]} · {user.orgUnit.name}
          </Text>
          <Text size="sm" mt={4}>
            {vi.home.intro}
          </Text>
        </div>
      </Group>
    </Card>
  );
}
