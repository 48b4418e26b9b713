import { Anchor, Table, Text } from '@mantine/core';
import type { AlertView } from '@syt/core/api/surveillance.ts';
import { Link } from '@tanstack/react-router';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { AlertActions } from './alert-actions.tsx';
import { AlertStatusBadge } from './alert-status-badge.tsx';

const t = survVi.alerts;

/** Alerts, one a row: what, where, when, cases against the threshold, the method, the status and the actions. */
export function AlertsTable({ alerts }: { alerts: readonly AlertView[] }) {
  if (alerts.length === 0) return <Text c="dimmed">{t.none}</Text>;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="alerts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={180}>{t.columns.disease}</Table.Th>
            <Table.Th>{t.columns.unit}</Table.Th>
            <Table.Th>{t.columns.period}</Table.Th>
            <Table.Th ta="right">{t.columns.threshold}</Table.Th>
            <Table.Th>{t.columns.method}</Table.Th>
            <Table.Th>{t.columns.status}</Table.Th>
            <Table.Th ta="right">{t.columns.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alerts.map((alert) => (
            <Table.Tr
              key={alert.id}
              data-testid="alert-row"
              data-alert-id={alert.id}
              data-org-unit={alert.orgUnit.code}
              data-status={alert.status}
            >
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/giam-sat/canh-bao/$alertId" params={{ alertId: String(alert.id) }} {...props} />
                  )}
                  fw={500}
                >
                  {alert.disease.name}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{alert.orgUnit.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{alert.periodLabel}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t.observedVsThreshold(alert.observed, alert.upper)}
              </Table.Td>
              <Table.Td>{alert.method ? survVi.methods[alert.method] : alert.kindLabel}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AlertStatusBadge status={alert.status} label={alert.statusLabel} />
              </Table.Td>
              <Table.Td>
                <AlertActions alert={alert} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
