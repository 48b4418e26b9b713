import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { qualityVi } from '../../i18n/quality.vi.ts';

/** Download links of one list, as Excel and as CSV. */
export function ExportButtons({ urlOf }: { urlOf: (format: 'csv' | 'xlsx') => string }) {
  return (
    <Group gap="xs">
      <Button component="a" href={urlOf('xlsx')} download variant="light" leftSection={<IconDownload size={16} />}>
        {qualityVi.page.exportXlsx}
      </Button>
      <Button component="a" href={urlOf('csv')} download variant="light" leftSection={<IconDownload size={16} />}>
        {qualityVi.page.exportCsv}
      </Button>
    </Group>
  );
}
