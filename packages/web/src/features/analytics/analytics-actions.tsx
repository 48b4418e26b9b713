import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChartLine, IconDeviceFloppy, IconDownload, IconLink, IconTable } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { downloadExport, type ExportFormat } from './analytics-api.ts';
import type { AnalyticsState } from './analytics-search.ts';

/** The export names its file after the title, up to the length the server takes. */
const TITLE_MAX = 120;

interface AnalyticsActionsProps {
  state: AnalyticsState;
  title: string;
  ready: boolean;
  onToggleView: () => void;
  onSave: () => void;
}

/** Copies the page's address: the whole state is in it, so whoever opens it sees the same table. */
async function copyLink(): Promise<void> {
  try {
    await navigator.clipboard.writeText(window.location.href);
    notifications.show({ color: 'teal', message: t.actions.copied });
  } catch {
    notifications.show({ color: 'orange', message: t.actions.copyFailed });
  }
}

/** Xuất Excel, Xuất CSV, Vẽ biểu đồ / Xem bảng, Lưu, Chia sẻ liên kết. */
export function AnalyticsActions({ state, title, ready, onToggleView, onSave }: AnalyticsActionsProps) {
  const exporting = useMutation({
    mutationFn: (format: ExportFormat) =>
      downloadExport({ format, query: state.query, layout: state.pivot, title: title.slice(0, TITLE_MAX) }, `phan-tich.${format}`),
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error, vi.errors.unexpected) }),
  });
  const chart = state.view === 'chart';
  return (
    <Group gap="xs" wrap="wrap">
      {(['xlsx', 'csv'] as const).map((format) => (
        <Button
          key={format}
          variant="light"
          leftSection={<IconDownload size={16} />}
          disabled={!ready}
          loading={exporting.isPending && exporting.variables === format}
          onClick={() => exporting.mutate(format)}
          data-testid={`analytics-export-${format}`}
        >
          {format === 'xlsx' ? t.actions.exportXlsx : t.actions.exportCsv}
        </Button>
      ))}
      <Button
        variant="light"
        leftSection={chart ? <IconTable size={16} /> : <IconChartLine size={16} />}
        onClick={onToggleView}
        data-testid="analytics-toggle-view"
      >
        {chart ? t.actions.showTable : t.actions.draw}
      </Button>
      <Button leftSection={<IconDeviceFloppy size={16} />} disabled={!ready} onClick={onSave} data-testid="analytics-save">
        {t.actions.save}
      </Button>
      <Button variant="default" leftSection={<IconLink size={16} />} onClick={() => void copyLink()} data-testid="analytics-share">
        {t.actions.share}
      </Button>
    </Group>
  );
}
