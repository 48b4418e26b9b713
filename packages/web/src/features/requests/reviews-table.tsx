import { Anchor, Group, Table, Text } from '@mantine/core';
import type { UnitReviewView } from '@syt/core/api/request-reviews.ts';
import { formatIsoDate, formatVietnamDateTime } from '../../i18n/format.ts';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { reviewDownloadUrl } from './requests-api.ts';
import { ReviewReturnButton } from './review-return-button.tsx';
import { SubmissionStatusBadge } from './submission-status-badge.tsx';

const t = reviewsVi.table;

/** For those above the units: each unit's review, its status, the sent version to download, and returning it. */
export function ReviewsTable({ requestId, reviews }: { requestId: number; reviews: UnitReviewView[] }) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="sm" data-testid="reviews-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.unit}</Table.Th>
            <Table.Th>{t.deadline}</Table.Th>
            <Table.Th>{t.status}</Table.Th>
            <Table.Th>{t.sentAt}</Table.Th>
            <Table.Th>{t.file}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => (
            <Table.Tr key={r.unit.code} data-testid="review-row" data-unit={r.unit.code}>
              <Table.Td fw={500}>{r.unit.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(r.deadline)}</Table.Td>
              <Table.Td>
                <SubmissionStatusBadge status={r.status} label={r.statusLabel} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.sentAt ? formatVietnamDateTime(r.sentAt) : '—'}
                {r.sentBy && (
                  <Text size="xs" c="dimmed">
                    {r.sentBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.sentVersion !== null ? (
                  <Group gap="sm" wrap="nowrap">
                    <Anchor href={reviewDownloadUrl(requestId, r.unit.code)} size="sm" data-testid="review-download">
                      {t.download}
                    </Anchor>
                    {r.mayReturn && <ReviewReturnButton requestId={requestId} review={r} />}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {r.reportId === null ? t.notSent : t.drafting}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
