import { Button, Group, Modal, Text, Tooltip } from '@mantine/core';
import type { ReportInstanceView, ReportStatus } from '@syt/core/api/reports.ts';
import { IconArrowBackUp, IconSend, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';

interface StatusActionsProps {
  can: ReportInstanceView['can'];
  /** Unsaved edits block status changes: what is signed must be what was saved. */
  dirty: boolean;
  pending: boolean;
  onFinalize: () => void;
  onStatus: (status: ReportStatus) => Promise<unknown>;
}

const t = vi.reports.status;

/** Trình ký / Trả về dự thảo / Phát hành, each shown only when the server says the user may. */
export function StatusActions({ can, dirty, pending, onFinalize, onStatus }: StatusActionsProps) {
  const [asking, setAsking] = useState<'draft' | 'issued' | null>(null);
  const wrap = (node: React.ReactElement) => (dirty ? <Tooltip label={vi.reports.saveFirst}>{node}</Tooltip> : node);
  return (
    <>
      <Group gap="xs">
        {can.finalize &&
          wrap(
            <Button
              leftSection={<IconSignature size={16} />}
              onClick={onFinalize}
              disabled={dirty || pending}
              data-testid="report-finalize"
            >
              {t.finalize}
            </Button>,
          )}
        {can.reopen && (
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setAsking('draft')}
            disabled={pending}
            data-testid="report-reopen"
          >
            {t.reopen}
          </Button>
        )}
        {can.issue &&
          wrap(
            <Button
              color="teal"
              leftSection={<IconSend size={16} />}
              onClick={() => setAsking('issued')}
              disabled={dirty || pending}
              data-testid="report-issue"
            >
              {t.issue}
            </Button>,
          )}
      </Group>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking === 'issued' ? t.issueTitle : t.reopenTitle}
        centered
      >
        <Text size="sm">{asking === 'issued' ? t.issueMessage : t.reopenMessage}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(null)}>
            {vi.common.cancel}
          </Button>
          <Button
            loading={pending}
            onClick={() =>
              asking &&
              void onStatus(asking).then(
                () => setAsking(null),
                () => undefined,
              )
            }
            data-testid="report-status-confirm"
          >
            {asking === 'issued' ? t.issue : t.reopen}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
