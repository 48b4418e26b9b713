import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { RequestView } from '@syt/core/api/requests.ts';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatIsoDate } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { FieldAgreementPanel } from '../targets/round/field-agreement.tsx';
import { TargetRoundPanel } from '../targets/round/target-round-panel.tsx';
import { RequestReviewPanel } from './request-review-panel.tsx';
import { RequestSummary } from './request-summary.tsx';
import { requestQuery } from './requests-queries.ts';
import { SubmissionsTable } from './submissions-table.tsx';
import { SubmissionUploadForm } from './submission-upload-form.tsx';

/** One request: the letter, the overview of submissions and, for a unit's user, the upload form. */
export function RequestDetailPage({ requestId }: { requestId: number }) {
  const user = useCurrentUser();
  const request = useQuery(requestQuery(requestId));
  const data = request.data;
  // Unit users see only their own rows; the department submits on a unit's behalf only by exception.
  const ownRows = data?.submissions.filter((s) => s.unit.code === user.orgUnit.code) ?? [];
  // A provincial unit that agrees a field of the round sees the districts' proposals it agrees.
  const agrees = data?.deliverables.some((d) => d.kind === 'TARGETS' && d.fields.some((f) => f.unit === user.orgUnit.code)) ?? false;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/yeu-cau-bao-cao" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {vi.requests.detail.back}
        </Group>
      </Anchor>
      {request.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {request.isError && <LoadError error={request.error} onRetry={() => void request.refetch()} />}
      {data && (
        <>
          <PageHeader title={data.subject} description={[data.number, formatIsoDate(data.date)].filter(Boolean).join(' · ')} />
          <RequestSummary request={data} />
          {agrees && <FieldAgreementPanel requestId={data.id} unit={user.orgUnit.code} />}
          {data.deliverables.some((d) => d.kind === 'TARGETS') && <TargetRoundPanel request={data} />}
          {data.deliverables.some((d) => d.kind === 'REVIEW') && <RequestReviewPanel requestId={data.id} />}
          {user.role === 'reporter' && ownRows.length > 0 && asksForFiles(data) && <SubmissionUploadForm requestId={data.id} submissions={ownRows} />}
          <Card withBorder radius="md" padding="lg">
            <Title order={3} size="h5" mb={4}>
              {vi.requests.detail.overview}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {vi.requests.detail.counts(data.counts)}
            </Text>
            <SubmissionsTable request={data} />
          </Card>
        </>
      )}
    </Stack>
  );
}

/**
 * A request answered only by a target grid or the unit's own review asks for no file; one with files to send (or an
 * older one listing none) does.
 */
function asksForFiles(request: RequestView): boolean {
  return request.deliverables.length === 0 || request.deliverables.some((d) => d.kind !== 'TARGETS' && d.kind !== 'REVIEW');
}
