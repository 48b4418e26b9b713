import { Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { alertsQuery } from '../../surveillance/surveillance-api.ts';
import { WidgetCard } from './widget-card.tsx';

const t = dashVi.alerts;
/** Alerts listed on the card; the rest are one click away on the alerts page. */
const SHOWN = 5;

/** The newest alerts nobody has verified or dismissed yet, in the user's scope. */
export function AlertsWidget() {
  const alerts = useQuery(alertsQuery({ status: 'NEW', page: 1 }));
  const openAll = (
    <Anchor size="sm" renderRoot={(props) => <Link to="/giam-sat/canh-bao" search={{ status: 'NEW' }} {...props} />}>
      {t.openAll}
    </Anchor>
  );
  return (
    <WidgetCard title={dashVi.widgets.alerts} testId="widget-alerts" action={openAll}>
      {alerts.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {alerts.isError && <LoadError error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {alerts.data?.total === 0 && <Text c="dimmed">{t.none}</Text>}
      {alerts.data && alerts.data.total > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600} c="red.8" data-testid="alerts-new-total">
            {t.total(alerts.data.total)}
          </Text>
          {alerts.data.items.slice(0, SHOWN).map((alert) => (
            <Group key={alert.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="dashboard-alert">
              <div style={{ minWidth: 0 }}>
                <Anchor
                  size="sm"
                  fw={600}
                  renderRoot={(props) => (
                    <Link to="/giam-sat/canh-bao/$alertId" params={{ alertId: String(alert.id) }} {...props} />
                  )}
                >
                  {alert.disease.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {alert.orgUnit.name} · {alert.periodLabel}
                </Text>
              </div>
              <Badge variant="light" color="red" tt="none" style={{ flexShrink: 0 }}>
                {t.cases(alert.observed, alert.upper)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </WidgetCard>
  );
}
