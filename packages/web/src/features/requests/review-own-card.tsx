import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { RequestReviewsView, UnitReviewView } from '@syt/core/api/request-reviews.ts';
import { Link, useNavigate } from '@tanstack/react-router';
import { formatVietnamDateTime } from '../../i18n/format.ts';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyDone } from '../reports/notify.ts';
import { useOpenReview, useSendReview } from './requests-queries.ts';
import { SubmissionStatusBadge } from './submission-status-badge.tsx';

const p = reviewsVi.panel;
type Asked = NonNullable<RequestReviewsView['deliverable']>;

/** The report editor's address for the unit's review: its unit, kind and period. */
function editorSearch(asked: Asked, unit: string) {
  return { org: unit, kind: asked.reportKind, period: asked.period };
}

/** The unit's own review: write it (opening the editor), then "Gửi Sở Y tế" once, after which it is read-only. */
export function ReviewOwnCard({ requestId, asked, review }: { requestId: number; asked: Asked; review: UnitReviewView }) {
  const navigate = useNavigate();
  const open = useOpenReview(requestId);
  const send = useSendReview(requestId);
  const [confirming, { open: ask, close }] = useDisclosure(false);
  const sent = review.sentAt !== null;
  const create = () =>
    open.mutate(review.unit.code, { onSuccess: () => void navigate({ to: '/bao-cao', search: editorSearch(asked, review.unit.code) }) });
  const submit = () =>
    send.mutate({ unit: review.unit.code, baseVersion: review.reportVersion ?? 1 }, { onSuccess: () => (notifyDone(p.sentDone), close()) });
  const error = open.error ?? send.error;
  return (
    <Stack gap="xs" data-testid="review-own" data-unit={review.unit.code}>
      <Group gap="sm">
        <Text fw={500}>{review.unit.name}</Text>
        <SubmissionStatusBadge status={review.status} label={review.statusLabel} />
      </Group>
      <Text size="sm" c="dimmed">
        {sent ? p.sent(formatVietnamDateTime(review.sentAt!), review.sentBy ?? '') : review.reportId === null ? p.notStarted : p.draft}
      </Text>
      {error && (
        <Alert color="red" title={p.failed} role="alert">
          {errorMessage(error, vi.errors.unexpected)}
        </Alert>
      )}
      <Group gap="sm">
        {review.reportId === null ? (
          <Button onClick={create} loading={open.isPending} data-testid="review-create">
            {p.create}
          </Button>
        ) : (
          <Anchor
            renderRoot={(props) => <Link to="/bao-cao" search={editorSearch(asked, review.unit.code)} {...props} />}
            data-testid="review-open"
          >
            {sent ? p.view : p.open}
          </Anchor>
        )}
        {review.reportId !== null && !sent && (
          <Button color="green" onClick={ask} data-testid="review-send">
            {p.send}
          </Button>
        )}
      </Group>
      <Modal opened={confirming} onClose={close} title={p.send} centered>
        <Stack gap="sm">
          <Text size="sm">{p.sendConfirm}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {vi.common.cancel}
            </Button>
            <Button color="green" loading={send.isPending} onClick={submit} data-testid="review-send-confirm">
              {p.send}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
