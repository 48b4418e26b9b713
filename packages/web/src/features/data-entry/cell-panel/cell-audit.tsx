import { Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatVietnamDateTime } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { cellAuditQuery } from '../data-entry-queries.ts';
import type { AuditEntry, CellRef, FormKey } from '../data-entry-types.ts';

const p = vi.dataEntry.panel;
const shown = (value: string | null) => value ?? p.blank;

function AuditItem({ entry }: { entry: AuditEntry }) {
  const commentChanged = entry.oldComment !== entry.newComment;
  const valueChanged = entry.oldValue !== entry.newValue;
  return (
    <div data-testid="audit-entry">
      <Text size="xs" c="dimmed">
        {formatVietnamDateTime(entry.changedAt)} · {entry.changedBy} · {p.actions[entry.action]}
      </Text>
      {(valueChanged || !commentChanged) && (
        <Text size="sm">
          {shown(entry.oldValue)} → <b>{shown(entry.newValue)}</b>
        </Text>
      )}
      {commentChanged && (
        <Text size="xs">
          {p.commentChange}: {shown(entry.oldComment)} → {shown(entry.newComment)}
        </Text>
      )}
    </div>
  );
}

/** Lịch sử thay đổi: who changed the cell, when (Vietnam time), from what to what; newest first. */
export function CellAudit({ formKey, cell }: { formKey: FormKey; cell: CellRef }) {
  const audit = useQuery(cellAuditQuery(formKey, cell));
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {p.audit}
      </Text>
      {audit.isPending && <Loader size="xs" aria-label={vi.common.loading} />}
      {audit.isError && <LoadError error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data?.length === 0 && (
        <Text size="xs" c="dimmed">
          {p.auditEmpty}
        </Text>
      )}
      {audit.data && audit.data.length > 0 && (
        <Stack gap={8} data-testid="cell-audit">
          {audit.data.map((entry, i) => (
            <AuditItem key={`${entry.changedAt}-${i}`} entry={entry} />
          ))}
        </Stack>
      )}
    </div>
  );
}
