import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Table, Text } from '@mantine/core';
import type { ImportConflict, ImportSummary } from '@syt/core/api/contract.ts';
import { IconAlertTriangle, IconCircleCheck, IconFlag } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { formatNumber } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { SubmittedFormsView } from './submitted-forms-view.tsx';

const s = vi.interchange.summary;

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Card withBorder radius="md" padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700}>
        {formatNumber(value)}
      </Text>
    </Card>
  );
}

const locationOf = (conflict: ImportConflict) =>
  conflict.location ?? (conflict.index !== null ? s.valueAt(conflict.index) : '—');

/** The import's outcome: stored or not, the counts, the forms submitted, and each refused row with where it is and why. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const ok = summary.status === 'SUCCESS';
  // WARNING (DHIS2's atomicMode NONE): the valid values were stored and the refused ones skipped.
  const partial = summary.status === 'WARNING';
  const message = partial
    ? summary.dryRun
      ? s.dryRunPartial
      : s.partial
    : !ok
      ? s.error
      : summary.dryRun
        ? s.dryRunSuccess
        : s.success;
  return (
    <Card withBorder radius="md" padding="md" data-testid="import-summary" data-status={summary.status}>
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{s.title}</Text>
        {summary.dryRun && <Badge variant="light">{s.dryRunBadge}</Badge>}
      </Group>
      <Alert
        color={ok ? 'green' : partial ? 'orange' : 'red'}
        icon={ok ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
        mb="md"
      >
        {message}
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md">
        <Count label={s.imported} value={summary.imported} testId="import-imported" />
        <Count label={s.updated} value={summary.updated} testId="import-updated" />
        <Count label={s.ignored} value={summary.ignored} testId="import-ignored" />
        <Count label={s.deleted} value={summary.deleted} testId="import-deleted" />
      </SimpleGrid>
      {(ok || partial) && summary.flagged > 0 && (
        <Alert color="orange" variant="light" icon={<IconFlag size={18} />} mb="md" data-testid="import-flagged">
          {s.flagged(summary.flagged, summary.dryRun)}{' '}
          <Anchor component={Link} to="/bao-cao/chat-luong-so-lieu" size="sm">
            {s.flaggedLink}
          </Anchor>
        </Alert>
      )}
      <SubmittedFormsView summary={summary} />
      {summary.warnings && summary.warnings.length > 0 && (
        <Alert color="yellow" variant="light" title={s.warnings} mb="md" data-testid="import-warnings">
          {summary.warnings.map((w, i) => (
            <Text key={i} size="sm">
              {w}
            </Text>
          ))}
        </Alert>
      )}
      {summary.conflicts.length > 0 && (
        <>
          <Text fw={600} size="sm" c="red.8" mb={4}>
            {s.conflicts(summary.conflictsTotal)}
          </Text>
          <Table.ScrollContainer minWidth={560} maxHeight={420}>
            <Table striped verticalSpacing={6} data-testid="import-conflicts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{s.location}</Table.Th>
                  <Table.Th>{s.code}</Table.Th>
                  <Table.Th>{s.reason}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.conflicts.map((conflict, i) => (
                  <Table.Tr key={i} data-testid="import-conflict">
                    <Table.Td fz="sm">{locationOf(conflict)}</Table.Td>
                    <Table.Td ff="monospace" fz="sm">
                      {conflict.code ?? '—'}
                    </Table.Td>
                    <Table.Td fz="sm">{conflict.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {summary.conflictsTotal > summary.conflicts.length && (
            <Text size="sm" c="dimmed" mt={4} data-testid="import-more-conflicts">
              {s.moreConflicts(summary.conflictsTotal - summary.conflicts.length, summary.conflicts.length)}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}
