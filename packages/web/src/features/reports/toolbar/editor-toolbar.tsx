import { Badge, Box, Button, Card, Group, Text } from '@mantine/core';
import type { ReportInstanceView, ReportStatus } from '@syt/core/api/reports.ts';
import type { StatusChange } from '../editor/use-report-actions.ts';
import { IconDeviceFloppy, IconHistory, IconListCheck, IconSettings } from '@tabler/icons-react';
import { formatVietnamDateTime } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { DownloadMenu } from './download-menu.tsx';
import { RegenerateButton } from './regenerate-button.tsx';
import { SaveState } from './save-state.tsx';
import { StatusActions } from './status-actions.tsx';

export const STATUS_COLORS: Record<ReportStatus, string> = { draft: 'gray', submitted: 'orange', final: 'blue', issued: 'teal' };

interface EditorToolbarProps {
  view: ReportInstanceView;
  dirty: boolean;
  busy: boolean;
  savedVersion: number | null;
  saving: boolean;
  regenerating: boolean;
  blocked: boolean;
  onSave: () => void;
  onRegenerate: () => Promise<unknown>;
  onStatus: (change: StatusChange) => Promise<unknown>;
  onOpen: (panel: 'header' | 'warnings' | 'versions' | 'submit' | 'finalize') => void;
}

const t = vi.reports;

/** Stays at the top while the page scrolls: state of the report, Lưu, and the other actions. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { view, dirty, busy, onOpen } = props;
  return (
    // The band behind the card hides the page scrolling under it between the app header and the card.
    <Box pos="sticky" top={64} pt="xs" mt={-8} mb="md" bg="gray.0" style={{ zIndex: 20 }}>
      <Card withBorder radius="md" padding="sm" data-testid="report-toolbar">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap="sm" wrap="nowrap">
            <Badge color={STATUS_COLORS[view.status]} variant="light" size="lg" radius="sm" data-testid="report-status">
              {view.statusLabel}
            </Badge>
            <Text size="sm" fw={600} data-testid="report-version">
              {t.versionBadge(view.version)}
            </Text>
            {view.can.edit && <SaveState dirty={dirty} savedVersion={props.savedVersion} />}
          </Group>
          <Group gap="xs">
            {view.can.edit && (
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={props.onSave}
                disabled={!dirty || busy || props.blocked}
                loading={props.saving}
                data-testid="report-save"
              >
                {t.save}
              </Button>
            )}
            <StatusActions
              view={view}
              dirty={dirty}
              pending={busy}
              onSubmit={() => onOpen('submit')}
              onFinalize={() => onOpen('finalize')}
              onStatus={props.onStatus}
            />
          </Group>
        </Group>
        <Group justify="space-between" gap="xs" mt="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t.updatedBy(view.updatedBy, formatVietnamDateTime(view.updatedAt))}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconSettings size={14} />}
              onClick={() => onOpen('header')}
              data-testid="open-header"
            >
              {t.header.open}
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconListCheck size={14} />}
              onClick={() => onOpen('warnings')}
              data-testid="open-warnings"
            >
              {t.warnings.open}
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconHistory size={14} />}
              onClick={() => onOpen('versions')}
              data-testid="open-versions"
            >
              {t.versions.open}
            </Button>
            {view.can.regenerate && (
              <RegenerateButton
                onConfirm={props.onRegenerate}
                pending={props.regenerating}
                dirty={dirty}
                disabled={busy || props.blocked}
              />
            )}
            <DownloadMenu reportId={view.id} version={view.version} dirty={dirty} />
          </Group>
        </Group>
      </Card>
    </Box>
  );
}
