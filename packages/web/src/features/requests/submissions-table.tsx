import { Table, Text } from '@mantine/core';
import type { RequestView } from '@syt/core/api/requests.ts';
import { formatIsoDate, formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { AttachmentList } from '../tasks/attachment-list.tsx';
import { submissionFileUrl } from './requests-api.ts';
import { SubmissionStatusBadge } from './submission-status-badge.tsx';

const c = vi.requests.detail.columns;

/** Tình hình nộp: one row per unit with its group, deadline, status, time and files. */
export function SubmissionsTable({ request }: { request: RequestView }) {
  const groups = new Map(request.groups.map((g) => [g.id, g]));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" data-testid="submissions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.unit}</Table.Th>
            <Table.Th>{c.group}</Table.Th>
            <Table.Th>{c.deadline}</Table.Th>
            <Table.Th>{c.status}</Table.Th>
            <Table.Th>{c.submittedAt}</Table.Th>
            <Table.Th>{c.files}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {request.submissions.map((s) => {
            const group = groups.get(s.groupId);
            return (
              <Table.Tr key={s.unit.code} data-testid="submission-row" data-unit={s.unit.code}>
                <Table.Td fw={500}>{s.unit.name}</Table.Td>
                <Table.Td>
                  <Text size="sm">{group?.name}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{group ? formatIsoDate(group.deadline) : ''}</Table.Td>
                <Table.Td>
                  <SubmissionStatusBadge status={s.status} label={s.statusLabel} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {s.submittedAt ? formatVietnamDateTime(s.submittedAt) : '—'}
                  {s.submittedBy && (
                    <Text size="xs" c="dimmed">
                      {s.submittedBy}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <AttachmentList files={s.files} href={(file) => submissionFileUrl(request.id, s.unit.code, file.id)} />
                  {s.note && (
                    <Text size="xs" c="dimmed">
                      {s.note}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
