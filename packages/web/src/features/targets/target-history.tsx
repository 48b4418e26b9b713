import { Alert, Button, FileButton, Loader, Stack, Table, Text } from '@mantine/core';
import type { TargetRevision } from '@syt/core/api/targets.ts';
import { IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatIsoDate, formatNumber } from '../../i18n/format.ts';
import { targetsVi as t } from '../../i18n/targets.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { notifyDone } from '../reports/notify.ts';
import { AttachmentList } from '../tasks/attachment-list.tsx';
import { attachDecisionFile, decisionFileUrl, targetHistoryQuery, targetKeys } from './targets-api.ts';

/** Signed decisions: a PDF, or a scan of the paper. */
const DECISION_FILE_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/**
 * Every decision's version of a target, newest first, each with its signed file; who sets targets attaches the file
 * a decision still lacks (once: the server keeps the first).
 */
export function TargetHistory({ id, canAttach }: { id: number; canAttach: boolean }) {
  const queryClient = useQueryClient();
  const history = useQuery(targetHistoryQuery(id));
  const attach = useMutation({
    mutationFn: ({ revision, file }: { revision: number; file: File }) => attachDecisionFile(revision, file),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: targetKeys.all });
      notifyDone(t.decisionFile.attached);
    },
  });
  if (history.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Stack gap="sm">
      {attach.isError && (
        <Alert color="red" role="alert">
          {errorMessage(attach.error, vi.errors.unexpected)}
        </Alert>
      )}
      <Table striped data-testid="target-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.decision}</Table.Th>
            <Table.Th>{t.columns.target}</Table.Th>
            <Table.Th>{t.columns.decisionFile}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((r) => (
            <Table.Tr key={r.revision} data-testid="target-revision" data-revision={r.revision}>
              <Table.Td>
                {t.decisionText(r.decision.number, formatIsoDate(r.decision.date))} ({t.revision(r.revision)})
              </Table.Td>
              <Table.Td>
                {t.targetText[r.direction]} {formatNumber(r.value)} {r.measure}
              </Table.Td>
              <Table.Td>
                <DecisionFile
                  revision={r}
                  canAttach={canAttach}
                  attaching={attach.isPending && attach.variables?.revision === r.id}
                  onAttach={(file) => attach.mutate({ revision: r.id, file })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function DecisionFile({
  revision,
  canAttach,
  attaching,
  onAttach,
}: {
  revision: TargetRevision;
  canAttach: boolean;
  attaching: boolean;
  onAttach: (file: File) => void;
}) {
  const file = revision.decision.file;
  if (file) return <AttachmentList files={[file]} href={() => decisionFileUrl(revision.id)} />;
  if (!canAttach)
    return (
      <Text size="sm" c="dimmed">
        {t.decisionFile.none}
      </Text>
    );
  return (
    <FileButton onChange={(f) => f && onAttach(f)} accept={DECISION_FILE_ACCEPT}>
      {(props) => (
        <Button
          {...props}
          size="xs"
          variant="light"
          leftSection={<IconPaperclip size={14} />}
          loading={attaching}
          data-testid="target-attach-decision"
        >
          {t.decisionFile.attach}
        </Button>
      )}
    </FileButton>
  );
}
