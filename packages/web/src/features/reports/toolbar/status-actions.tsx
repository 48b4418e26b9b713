import { Button, Group, Modal, Text, Tooltip } from '@mantine/core';
import type { ReportInstanceView } from '@syt/core/api/reports.ts';
import { IconArrowBackUp, IconChecks, IconSend, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../../i18n/vi.ts';
import type { StatusChange } from '../editor/use-report-actions.ts';
import { IssueDialog } from './issue-dialog.tsx';

interface StatusActionsProps {
  view: ReportInstanceView;
  /** Unsaved edits block status changes: what is signed must be what was saved. */
  dirty: boolean;
  pending: boolean;
  /** Trình ký and Duyệt open the checks first; the step is confirmed there. */
  onSubmit: () => void;
  onFinalize: () => void;
  onStatus: (change: StatusChange) => Promise<unknown>;
}

const t = vi.reports.status;

/** Trình ký / Rút lại / Duyệt / Trả lại dự thảo / Phát hành, each shown only when the server says the user may. */
export function StatusActions({ view, dirty, pending, onSubmit, onFinalize, onStatus }: StatusActionsProps) {
  const { can } = view;
  // Back to draft is the leader's return (Trả lại dự thảo) or the writers' withdrawal (Rút lại): one step, two words.
  const [asking, setAsking] = useState<'draft' | 'withdraw' | 'issued' | null>(null);
  const back =
    asking === 'withdraw'
      ? { title: t.withdrawTitle, message: t.withdrawMessage, verb: t.withdraw }
      : { title: t.reopenTitle, message: t.reopenMessage, verb: t.reopen };
  const wrap = (node: React.ReactElement) => (dirty ? <Tooltip label={vi.reports.saveFirst}>{node}</Tooltip> : node);
  return (
    <>
      <Group gap="xs">
        {can.submit &&
          wrap(
            <Button
              leftSection={<IconSignature size={16} />}
              onClick={onSubmit}
              disabled={dirty || pending}
              data-testid="report-submit"
            >
              {t.submit}
            </Button>,
          )}
        {can.finalize && (
          <Button
            leftSection={<IconChecks size={16} />}
            onClick={onFinalize}
            disabled={pending}
            data-testid="report-finalize"
          >
            {t.finalize}
          </Button>
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
        {can.withdraw && (
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setAsking('withdraw')}
            disabled={pending}
            data-testid="report-withdraw"
          >
            {t.withdraw}
          </Button>
        )}
        {can.issue && (
          <Button
            color="teal"
            leftSection={<IconSend size={16} />}
            onClick={() => setAsking('issued')}
            disabled={pending}
            data-testid="report-issue"
          >
            {t.issue}
          </Button>
        )}
      </Group>
      {can.issue && (
        <IssueDialog
          opened={asking === 'issued'}
          onClose={() => setAsking(null)}
          header={view.document.header}
          pending={pending}
          onIssue={onStatus}
        />
      )}
      <Modal
        opened={asking === 'draft' || asking === 'withdraw'}
        onClose={() => setAsking(null)}
        title={back.title}
        centered
      >
        <Text size="sm">{back.message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(null)}>
            {vi.common.cancel}
          </Button>
          <Button
            loading={pending}
            onClick={() =>
              void onStatus({ status: 'draft' }).then(
                () => setAsking(null),
                () => undefined,
              )
            }
            data-testid="report-status-confirm"
          >
            {back.verb}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
