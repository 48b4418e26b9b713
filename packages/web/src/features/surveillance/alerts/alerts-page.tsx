import { Card, Group } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { DiseaseFilter } from '../disease-filter.tsx';
import type { SurveillanceListSearch } from '../surveillance-search.ts';
import { AlertsPanel } from './alerts-panel.tsx';
import { StatusFilter } from './status-filter.tsx';

const t = survVi.alerts;

/** Giám sát dịch › Cảnh báo dịch: every alert in the user's scope, newest first, filtered by status and disease. */
export function AlertsPage({ search }: { search: SurveillanceListSearch }) {
  const navigate = useNavigate();
  const go = (next: SurveillanceListSearch) => void navigate({ to: '/giam-sat/canh-bao', search: next });
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card withBorder radius="md" padding="md">
        <Group mb="md" align="flex-end" gap="md">
          <StatusFilter
            label={t.status}
            allLabel={t.allStatuses}
            statuses={t.statuses}
            value={search.status}
            onChange={(status) => go({ status, disease: search.disease })}
            testId="alerts-status"
          />
          <DiseaseFilter value={search.disease} onChange={(disease) => go({ status: search.status, disease })} />
        </Group>
        <AlertsPanel
          filter={{ status: search.status, disease: search.disease, page: search.page ?? 1 }}
          onPage={(page) => go({ ...search, page })}
        />
      </Card>
    </>
  );
}
