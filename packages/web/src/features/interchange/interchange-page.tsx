import { Grid, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { mayEnterData } from '../auth/role-rights.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { availableFormsQuery } from '../data-entry/data-entry-queries.ts';
import { DataEntryTabs } from '../data-entry/data-entry-tabs.tsx';
import { ExportPanel } from './export-panel.tsx';
import { ImportPanel } from './import-panel.tsx';

/** Nhập liệu › Nhập, xuất tệp: import values from a file (roles that enter data), export them to one. */
export function InterchangePage() {
  const forms = useQuery(availableFormsQuery);
  const canImport = mayEnterData(useCurrentUser().role);
  return (
    <>
      <PageHeader
        title={vi.dataEntry.title}
        description={canImport ? vi.interchange.description : vi.interchange.exportOnlyDescription}
      />
      <DataEntryTabs current="files" />
      <Grid gap="md">
        {canImport && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <ImportPanel />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: canImport ? 5 : 8 }}>
          {forms.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
          {forms.isError && <LoadError error={forms.error} onRetry={() => void forms.refetch()} />}
          {forms.data && <ExportPanel forms={forms.data} />}
        </Grid.Col>
      </Grid>
    </>
  );
}
