import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { FieldReview, FieldReviewRow } from '@syt/core/api/target-round.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '../../../i18n/format.ts';
import { targetsVi } from '../../../i18n/targets.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { notifyDone } from '../../reports/notify.ts';
import { agreeProposals, fieldReviewQuery, roundKeys } from './round-api.ts';

const t = targetsVi;
const a = targetsVi.agreement;

type Status = keyof typeof a.statuses;
const statusOf = (row: FieldReviewRow): Status => (row.proposal.status === 'APPROVED' ? 'APPROVED' : row.agreement ? 'AGREED' : 'WAITING');

/** Each row's agreed value and note as typed: the agreement given, or the district's proposal to keep. */
interface Draft {
  value: number | string;
  note: string;
}
const draftsOf = (review: FieldReview): Draft[] =>
  review.rows.map((row) => ({ value: row.agreement?.value ?? row.proposal.value, note: row.agreement?.note ?? '' }));

function AgreementTable({ requestId, review }: { requestId: number; review: FieldReview }) {
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState(() => draftsOf(review));
  const open = review.rows.map((row) => row.proposal.status === 'SUBMITTED');
  const agree = useMutation({
    mutationFn: () =>
      agreeProposals(requestId, {
        unit: review.unit.code,
        rows: review.rows.flatMap((row, i) =>
          open[i] ? [{ orgUnit: row.unit.code, item: row.item.code, value: Number(drafts[i]!.value), note: drafts[i]!.note.trim() || null }] : [],
        ),
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(roundKeys.field(requestId, review.unit.code), next);
      void queryClient.invalidateQueries({ queryKey: ['target-round', requestId] });
      setDrafts(draftsOf(next));
      notifyDone(a.agreed(open.filter(Boolean).length));
    },
  });
  const rowError = (i: number) => fieldDetails(agree.error, [`rows.${i}.value`, `rows.${i}.orgUnit`, `rows.${i}.item`])[0]?.message;
  const update = (i: number, patch: Partial<Draft>) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  if (review.rows.length === 0) return <Text size="sm">{a.none}</Text>;
  return (
    <Stack gap="sm">
      {agree.isError && (
        <Alert color="red" role="alert">
          {errorMessage(agree.error, vi.errors.unexpected)}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={6} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{a.unit}</Table.Th>
              <Table.Th>{t.columns.item}</Table.Th>
              <Table.Th>{a.proposed}</Table.Th>
              <Table.Th>{a.agreedValue}</Table.Th>
              <Table.Th>{a.note}</Table.Th>
              <Table.Th>{a.status}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.rows.map((row, i) => (
              <Table.Tr key={`${row.unit.code}|${row.item.code}`} data-testid="agreement-row" data-unit={row.unit.code} data-item={row.item.code}>
                <Table.Td>{row.unit.name}</Table.Td>
                <Table.Td>{row.item.name}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t.targetText[row.proposal.direction]} {formatNumber(row.proposal.value)} {row.proposal.measure}
                  </Text>
                  {row.proposal.note && (
                    <Text size="xs" c="dimmed">
                      {row.proposal.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${a.agreedValue}: ${row.unit.name}, ${row.item.name}`}
                    value={drafts[i]!.value}
                    onChange={(v) => update(i, { value: v })}
                    decimalSeparator=","
                    thousandSeparator="."
                    disabled={!open[i]}
                    error={rowError(i)}
                    w={130}
                    data-testid="agreement-value"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${a.note}: ${row.unit.name}, ${row.item.name}`}
                    value={drafts[i]!.note}
                    onChange={(e) => update(i, { note: e.currentTarget.value })}
                    disabled={!open[i]}
                    data-testid="agreement-note"
                  />
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusOf(row) === 'WAITING' ? 'orange' : 'teal'} data-testid="agreement-status">
                    {a.statuses[statusOf(row)]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open.some(Boolean) && (
        <Group justify="flex-end">
          <Button loading={agree.isPending} onClick={() => agree.mutate()} data-testid="agreement-submit">
            {a.agree}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** A provincial unit's part in the round: the districts' sent proposals of its field, agreed as sent or as settled. */
export function FieldAgreementPanel({ requestId, unit }: { requestId: number; unit: string }) {
  const review = useQuery(fieldReviewQuery(requestId, unit));
  return (
    <Card withBorder radius="md" padding="lg" data-testid="field-agreement">
      {review.isError && <LoadError error={review.error} onRetry={() => void review.refetch()} />}
      {review.data && (
        <Stack gap="sm">
          <Title order={3} size="h5">
            {a.title(review.data.year)}
          </Title>
          <Text size="sm" c="dimmed">
            {a.intro}
          </Text>
          {review.data.waiting.length > 0 && <Text size="sm">{a.waiting(review.data.waiting.map((u) => u.name).join(', '))}</Text>}
          <AgreementTable key={review.dataUpdatedAt} requestId={requestId} review={review.data} />
        </Stack>
      )}
    </Card>
  );
}
