import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBellRinging } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { mayEnterData } from '../../auth/role-rights.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { AlertsPanel } from '../alerts/alerts-panel.tsx';
import { overviewQuery } from '../surveillance-api.ts';
import { DEFAULT_DISEASE, type SurveillanceSearch } from '../surveillance-search.ts';
import { ChannelChart } from './channel-chart.tsx';
import { SurveillancePickers } from './surveillance-pickers.tsx';
import { UnitStateLegend } from './unit-state-legend.tsx';
import { UnitStateTable } from './unit-state-table.tsx';
import { UnitTiles } from './unit-tiles.tsx';

const t = survVi.overview;
const PATH = '/giam-sat';

/**
 * Giám sát dịch: a disease's weekly curve at a unit against its channel, the units under it by alert state (as a
 * table and as tiles), and the disease's latest alerts with their actions.
 */
export function SurveillancePage({ search }: { search: SurveillanceSearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const disease = search.disease ?? DEFAULT_DISEASE;
  // Without a unit asked, the server picks the user's area (the province for the CDC) and says which.
  const overview = useQuery(overviewQuery(disease, search.unit));
  const unit = search.unit ?? overview.data?.unit.code ?? '';
  const go = (next: SurveillanceSearch) => void navigate({ to: PATH, search: next });
  const pickUnit = (code: string) => go({ disease, unit: code });
  const actions = (
    <Group gap="sm">
      {mayEnterData(user.role) && (
        <Button
          color="red"
          leftSection={<IconBellRinging size={16} />}
          renderRoot={(props) => <Link to="/giam-sat/bao-cao-ngay" {...props} />}
        >
          {t.immediateButton}
        </Button>
      )}
      <Button
        variant="default"
        leftSection={<IconAlertTriangle size={16} />}
        renderRoot={(props) => <Link to="/giam-sat/canh-bao" {...props} />}
      >
        {t.alertsButton}
      </Button>
    </Group>
  );

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={actions} />
      <Stack gap="md">
        <Card withBorder radius="md" padding="md">
          <SurveillancePickers disease={disease} unit={unit} onChange={go} />
        </Card>
        {overview.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {overview.isError && <LoadError error={overview.error} onRetry={() => void overview.refetch()} />}
        {overview.data && (
          <>
            <Card withBorder radius="md" padding="md">
              <ChannelChart view={overview.data} />
            </Card>
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
              <Card withBorder radius="md" padding="md">
                <Stack gap="sm">
                  <Title order={3} size="h4">
                    {t.tilesTitle}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t.tilesHint}
                  </Text>
                  <UnitStateLegend />
                  <UnitTiles rows={overview.data.units} onPick={pickUnit} />
                </Stack>
              </Card>
              <Card withBorder radius="md" padding="md">
                <Stack gap="sm">
                  <Title order={3} size="h4">
                    {t.tableTitle}
                  </Title>
                  <UnitStateTable rows={overview.data.units} onPick={pickUnit} />
                </Stack>
              </Card>
            </SimpleGrid>
          </>
        )}
        <Card withBorder radius="md" padding="md">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t.latestAlerts}
            </Title>
            <AlertsPanel filter={{ disease, unit: unit || undefined, page: 1 }} />
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
