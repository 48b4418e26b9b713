import { Card, Group, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { DraftsSwitch } from './counting/drafts-switch.tsx';
import { ReportEditor } from './editor/report-editor.tsx';
import { ReportPickers } from './report-pickers.tsx';
import { ReportPreview } from './report-preview.tsx';
import { completeReportSearch, type ReportSearch } from './report-search.ts';
import { reportListQuery } from './reports-queries.ts';

/** Roles that may write reports; the server decides the rest through each report's `can`. */
const CREATORS = new Set(['admin', 'staff']);

function MonthReport({ org, period, drafts, canCreate }: { org: string; period: string; drafts: boolean; canCreate: boolean }) {
  const list = useQuery(reportListQuery(org, period));
  if (list.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const latest = list.data[0];
  return latest ? (
    <ReportEditor key={latest.id} reportId={latest.id} includeDrafts={drafts} />
  ) : (
    <ReportPreview org={org} period={period} includeDrafts={drafts} canCreate={canCreate} />
  );
}

/** Báo cáo › Soạn báo cáo: pick the unit and month, then the month's report (or its preview). */
export function ReportPage({ search }: { search: ReportSearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { org, period, drafts } = completeReportSearch(search, user.orgUnit.code);
  const go = (next: { org: string; period: string; drafts: boolean }) =>
    void navigate({ to: '/bao-cao', search: { org: next.org, period: next.period, ...(next.drafts ? { drafts: true } : {}) } });
  return (
    <>
      <PageHeader title={vi.reports.title} description={vi.reports.description} />
      <Card withBorder radius="md" padding="md" mb="md">
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <ReportPickers scopeRoot={user.orgUnit} org={org} period={period} onChange={(next) => go({ ...next, drafts })} />
          <DraftsSwitch value={drafts} onChange={(next) => go({ org, period, drafts: next })} />
        </Group>
      </Card>
      <MonthReport key={`${org}|${period}`} org={org} period={period} drafts={drafts} canCreate={CREATORS.has(user.role)} />
    </>
  );
}
