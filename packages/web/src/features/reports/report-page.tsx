import type { ReportKind } from '@syt/core/report/report-period.ts';
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
import { CiteTargetsSwitch } from './settings/cite-targets-switch.tsx';
import { ReportChartsSelect } from './settings/report-charts-select.tsx';
import { completeReportSearch, defaultReportPeriod, type ReportSearch } from './report-search.ts';
import { reportListQuery } from './reports-queries.ts';

/** Roles that may write reports; the server decides the rest through each report's `can`. */
const CREATORS = new Set(['admin', 'staff']);

interface PeriodReportProps {
  org: string;
  period: string;
  kind: ReportKind;
  drafts: boolean;
  canCreate: boolean;
}

function PeriodReport({ org, period, kind, drafts, canCreate }: PeriodReportProps) {
  const list = useQuery(reportListQuery(org, period, kind));
  if (list.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const latest = list.data[0];
  return latest ? (
    <ReportEditor key={latest.id} reportId={latest.id} includeDrafts={drafts} />
  ) : (
    <ReportPreview org={org} period={period} kind={kind} includeDrafts={drafts} canCreate={canCreate} />
  );
}

/** Báo cáo › Soạn báo cáo: pick the unit, the kind and the period, then the period's report (or its preview). */
export function ReportPage({ search }: { search: ReportSearch }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { org, period, kind, drafts } = completeReportSearch(search, user.orgUnit.code);
  const go = (next: { org: string; period: string; kind: ReportKind; drafts: boolean }) =>
    void navigate({
      to: '/bao-cao',
      search: { org: next.org, period: next.period, ...(next.kind === 'monthly' ? {} : { kind: next.kind }), ...(next.drafts ? { drafts: true } : {}) },
    });
  return (
    <>
      <PageHeader title={vi.reports.title} description={vi.reports.description} />
      <Card withBorder radius="md" padding="md" mb="md">
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <ReportPickers
            scopeRoot={user.orgUnit}
            org={org}
            period={period}
            kind={kind}
            // A new kind starts from its own default period: a month code is no quarter.
            onChange={(next) => go({ ...next, period: next.kind === kind ? next.period : defaultReportPeriod(next.kind), drafts })}
          />
          <DraftsSwitch value={drafts} onChange={(next) => go({ org, period, kind, drafts: next })} />
          {kind === 'monthly' && CREATORS.has(user.role) && <CiteTargetsSwitch org={org} />}
          {CREATORS.has(user.role) && <ReportChartsSelect org={org} />}
        </Group>
      </Card>
      <PeriodReport key={`${org}|${kind}|${period}`} org={org} period={period} kind={kind} drafts={drafts} canCreate={CREATORS.has(user.role)} />
    </>
  );
}
