import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { reviewsQuery } from './requests-queries.ts';
import { ReviewOwnCard } from './review-own-card.tsx';
import { ReviewsTable } from './reviews-table.tsx';

/**
 * Báo cáo tổng kết của đơn vị: a unit's user writes and sends its own review here; those above see every unit's
 * status and download what was sent. The server says which reviews the reader may write.
 */
export function RequestReviewPanel({ requestId }: { requestId: number }) {
  const reviews = useQuery(reviewsQuery(requestId));
  if (reviews.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (reviews.isError) return <LoadError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const { deliverable, reviews: rows } = reviews.data;
  if (!deliverable) return null;
  const own = rows.filter((r) => r.mayWrite);
  const others = rows.filter((r) => !r.mayWrite);
  return (
    <>
      {own.length > 0 && (
        <Card withBorder radius="md" padding="lg" data-testid="review-panel">
          <Title order={3} size="h5" mb={4}>
            {reviewsVi.panel.title}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {deliverable.title}. {reviewsVi.panel.intro}
          </Text>
          <Stack gap="md">
            {own.map((r) => (
              <ReviewOwnCard key={r.unit.code} requestId={requestId} asked={deliverable} review={r} />
            ))}
          </Stack>
        </Card>
      )}
      {others.length > 0 && (
        <Card withBorder radius="md" padding="lg">
          <Title order={3} size="h5" mb="sm">
            {reviewsVi.table.title}
          </Title>
          <ReviewsTable requestId={requestId} reviews={rows} />
        </Card>
      )}
    </>
  );
}
