import { Button, Menu } from '@mantine/core';
import type { ReportFormat } from '@syt/core/api/reports.ts';
import {
  IconChevronDown,
  IconDownload,
  IconFileText,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconJson,
  IconMarkdown,
} from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';
import { reportDownloadUrl } from '../reports-api.ts';

const t = vi.reports.download;

const FORMATS: { format: ReportFormat; label: string; icon: typeof IconFileText }[] = [
  { format: 'docx', label: t.docx, icon: IconFileTypeDocx },
  { format: 'pdf', label: t.pdf, icon: IconFileTypePdf },
  { format: 'text', label: t.text, icon: IconFileText },
  { format: 'md', label: t.md, icon: IconMarkdown },
  { format: 'json', label: t.json, icon: IconJson },
];

/** Plain links to the stored version's files, so the browser downloads them under the server's file name. */
export function DownloadMenu({ reportId, version, dirty }: { reportId: number; version: number; dirty: boolean }) {
  return (
    <Menu position="bottom-end" shadow="md" width={260}>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          rightSection={<IconChevronDown size={12} />}
          data-testid="download-menu"
        >
          {t.button}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t.note(version)}</Menu.Label>
        {FORMATS.map(({ format, label, icon: Icon }) => (
          <Menu.Item
            key={format}
            component="a"
            href={reportDownloadUrl(reportId, format)}
            download
            leftSection={<Icon size={16} />}
            data-testid={`download-${format}`}
          >
            {label}
          </Menu.Item>
        ))}
        {dirty && <Menu.Label c="orange.8">{t.unsavedNote}</Menu.Label>}
      </Menu.Dropdown>
    </Menu>
  );
}
