import { Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { diseasesQuery } from '../surveillance-api.ts';
import { ImmediateReportForm } from './immediate-report-form.tsx';
import { ImmediateReportsTable } from './immediate-reports-table.tsx';

const t = survVi.immediate;

/** Giám sát dịch › Báo cáo ngay: the form, offering only the diseases to report immediately today, and the latest reports. */
export function ImmediateReportPage() {
  const diseases = useQuery(diseasesQuery);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Stack gap="md">
        {diseases.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {diseases.isError && <LoadError error={diseases.error} onRetry={() => void diseases.refetch()} />}
        {diseases.data && <ImmediateReportForm diseases={diseases.data.items.filter((d) => d.immediate)} />}
        <ImmediateReportsTable />
      </Stack>
    </>
  );
}
